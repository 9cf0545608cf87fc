package problem

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestMalformedPackages covers the malformed packages TestLoadErrors does
// not: every message names the file, the field and what is wrong.
func TestMalformedPackages(t *testing.T) {
	meta := func(old, new string) map[string]string {
		if !strings.Contains(goodMeta, old) {
			t.Fatalf("goodMeta has no %q", old)
		}
		return map[string]string{"problem.json": strings.Replace(goodMeta, old, new, 1)}
	}
	signature := func(sig string) map[string]string {
		return map[string]string{"problem.json": `{"title": "Add", "difficulty": "easy", "topics": ["design"], ` + sig + `}`}
	}
	tests := func(s string) map[string]string { return map[string]string{"tests.json": s} }
	for _, tc := range []struct {
		name string
		over map[string]string
		want string
	}{
		{"missing problem.json", map[string]string{"problem.json": ""}, "load add: problem.json: missing"},
		{"missing stub", map[string]string{"stub.go": ""}, "stub.go: missing"},
		{"missing tests", map[string]string{"tests.json": ""}, "tests.json: missing"},
		{"no title", meta(`"title": "Add",`, ``), "problem.json: title: missing"},
		{"no topics", meta(`"topics": ["array"],`, ``), "problem.json: topics: missing"},
		{"checker without compare", meta(`"complexity"`, `"checker": "nope", "complexity"`), "no built-in checkers any more"},
		{"checker without checker.go", meta(`"complexity"`, `"compare": "checker", "complexity"`), "checker.go: missing: compare is \"checker\""},
		{"checker.go unused", map[string]string{"checker.go": "func check(a, b, want, got int) string { return \"\" }\n"}, "checker.go: present, but problem.json does not use it"},
		{"checker.go without check", func() map[string]string {
			m := meta(`"complexity"`, `"compare": "checker", "complexity"`)
			m["checker.go"] = "func judge(a, b, want, got int) string { return \"\" }\n"
			return m
		}(), "checker.go: check: checker.go must define func check"},
		{"unknown node", meta(`"complexity"`, `"node": "nary", "complexity"`), `problem.json: node: unknown Node "nary"`},
		{"limits", meta(`"complexity"`, `"limits": {"memory_mb": 8}, "complexity"`), "problem.json: limits: time_factor must be at least 1"},
		{"time factor", meta(`"complexity"`, `"limits": {"time_factor": 0.5}, "complexity"`), "limits: time_factor must be at least 1"},
		{"no signature", meta(`"function": {"name": "add", "params": [{"name": "a", "type": "int"}, {"name": "b", "type": "int"}], "returns": "int"},`, ``), "give exactly one of"},
		{"function name", meta(`"name": "add"`, `"name": "add-two"`), `function.name: "add-two" is not a Go identifier`},
		{"output and returns", meta(`"returns": "int"`, `"returns": "int", "output": "a"`), "function.output: set together with \"returns\""},
		{"result_node_of", meta(`"returns": "int"`, `"returns": "int", "result_node_of": "a"`), "function.result_node_of: only for functions returning a tree's node"},
		{"param type", meta(`{"name": "b", "type": "int"}`, `{"name": "b", "type": "chan int"}`), `function.params[1].type: unsupported type "chan int"`},
		{"cycle", meta(`{"name": "b", "type": "int"}`, `{"name": "b", "type": "int", "cycle": "pos"}`), "function.params[1].cycle: only for *ListNode"},
		{"class name", signature(`"class": {"name": "lru cache", "constructor": [], "methods": [{"name": "get", "params": [], "returns": "int"}]}`), `class.name: "lru cache" is not a Go identifier`},
		{"class without methods", signature(`"class": {"name": "C", "constructor": [], "methods": []}`), "class.methods: missing"},
		{"repeated method", signature(`"class": {"name": "C", "constructor": [], "methods": [{"name": "get", "params": []}, {"name": "get", "params": []}]}`), `"get" is empty, repeated`},
		{"method returns", signature(`"class": {"name": "C", "constructor": [], "methods": [{"name": "get", "params": [], "returns": "map[int]int"}]}`), `.returns: unsupported type "map[int]int"`},
		{"codec type", signature(`"codec": {"name": "Codec", "encode": "serialize", "decode": "deserialize", "type": "*Graph"}`), `codec.type: unsupported type "*Graph"`},
		{"no tests", tests(`[]`), "tests.json: no tests"},
		{"tests not a list", tests(`{"name": "x"}`), "tests.json:"},
	} {
		t.Run(tc.name, func(t *testing.T) { wantLoadError(t, tc.over, tc.want) })
	}
}

// TestFolderNotASlug: the folder's name is the slug, checked first.
func TestFolderNotASlug(t *testing.T) {
	fsys := fstest.MapFS{}
	for k, v := range pkg(nil) {
		fsys["Two Sum/"+strings.TrimPrefix(k, "add/")] = v
	}
	_, err := Load(fsys, "Two Sum")
	if err == nil || !strings.Contains(err.Error(), `folder name "Two Sum" is not a slug`) {
		t.Errorf("error = %v", err)
	}
}
