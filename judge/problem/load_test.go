package problem

import (
	"github.com/judgehq/judge/judge/verdict"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"
)

const goodMeta = `{
  "title": "Add",
  "difficulty": "easy",
  "topics": ["array"],
  "function": {"name": "add", "params": [{"name": "a", "type": "int"}, {"name": "b", "type": "int"}], "returns": "int"},
  "complexity": {"time": "O(1)", "space": "O(1)"}
}`

const goodTests = `[{"name": "example-1", "sample": true, "input": {"a": 1, "b": 2}, "output": 3}]`

// pkg is a well-formed package; tests break one file at a time.
func pkg(over map[string]string) fstest.MapFS {
	files := map[string]string{
		"add/problem.json":      goodMeta,
		"add/statement.md":      "# Add\n",
		"add/stub.go":           "//go:build ignore\n\npackage main\n\nfunc add(a int, b int) int {\n\treturn 0\n}\n",
		"add/solution.go":       "//go:build ignore\n\npackage main\n\nfunc add(a int, b int) int { return a + b }\n",
		"add/tests.json":        goodTests,
		"add/mutants/minus.go":  "// Mutant: subtracts.\n// verdict: wrong_answer\nfunc add(a, b int) int { return a - b }\n",
		"add/mutants/second.go": "func add(a, b int) int { return b }\n",
	}
	for k, v := range over {
		if v == "" {
			delete(files, "add/"+k)
		} else {
			files["add/"+k] = v
		}
	}
	fsys := fstest.MapFS{}
	for k, v := range files {
		fsys[k] = &fstest.MapFile{Data: []byte(v)}
	}
	return fsys
}

func TestLoad(t *testing.T) {
	p, err := Load(pkg(nil), "add")
	if err != nil {
		t.Fatal(err)
	}
	if p.Stub != "func add(a int, b int) int {\n\treturn 0\n}\n" {
		t.Errorf("stub not in the user's form: %q", p.Stub)
	}
	want := []Mutant{
		{Name: "minus", Source: "// Mutant: subtracts.\n// verdict: wrong_answer\nfunc add(a, b int) int { return a - b }\n", Verdict: verdict.WrongAnswer, Declared: true},
		{Name: "second", Source: "func add(a, b int) int { return b }\n"},
	}
	if diff := cmp.Diff(want, p.Mutants); diff != "" {
		t.Errorf("mutants (-want +got):\n%s", diff)
	}
	if p.Compare != "exact" || p.Limits.TimeFactor != 5 || p.Limits.MemoryMB != 256 {
		t.Errorf("defaults not applied: compare %q, limits %+v", p.Compare, p.Limits)
	}
	q, _ := Load(pkg(map[string]string{"statement.md": "# Add, reworded\n"}), "add")
	if q.Hash == p.Hash {
		t.Error("changing a file did not change the package hash")
	}
}

// TestLoadErrors checks every malformed package is reported by file, field
// and what to do.
func TestLoadErrors(t *testing.T) {
	meta := func(old, new string) map[string]string {
		return map[string]string{"problem.json": strings.Replace(goodMeta, old, new, 1)}
	}
	tests := func(s string) map[string]string { return map[string]string{"tests.json": s} }
	for _, tc := range []struct {
		name string
		over map[string]string
		want string
	}{
		{"missing statement", map[string]string{"statement.md": ""}, "load add: statement.md: missing"},
		{"empty statement", map[string]string{"statement.md": "  \n"}, "statement.md: empty"},
		{"missing solution", map[string]string{"solution.go": ""}, "solution.go: missing"},
		{"bad json", map[string]string{"problem.json": "{\n  \"title\": \"Add\",\n}"}, "problem.json: line 3: invalid character '}'"},
		{"unknown field", meta(`"title"`, `"titel": "x", "title"`), `problem.json: json: unknown field "titel"`},
		{"difficulty", meta(`"easy"`, `"simple"`), `problem.json: difficulty: "simple" is not one of easy, medium, hard`},
		{"topic typo", meta(`["array"]`, `["arrays"]`), `topics: unknown topic "arrays"; did you mean "array"?`},
		{"compare typo", meta(`"complexity"`, `"compare": "unordred", "complexity"`), `compare: unknown comparison "unordred"`},
		{"checker", meta(`"complexity"`, `"compare": "checker", "checker": "nope", "complexity"`), `checker: "nope": the judge has no built-in checkers any more`},
		{"two signatures", meta(`"complexity"`, `"codec": {"name": "C", "encode": "e", "decode": "d", "type": "int"}, "complexity"`), "give exactly one of"},
		{"bad type", meta(`"returns": "int"`, `"returns": "map[int]int"`), `function.returns: unsupported type "map[int]int"`},
		{"no returns", meta(`, "returns": "int"`, ``), "function.returns: missing"},
		{"bad output", meta(`"returns": "int"`, `"output": "c"`), `function.output: no parameter named "c"`},
		{"param name", meta(`{"name": "b"`, `{"name": "a"`), `function.params[1].name: "a" is empty, repeated`},
		{"node_of", meta(`{"name": "b", "type": "int"}`, `{"name": "b", "type": "int", "node_of": "a"}`), "function.params[1].node_of: only for a tree's node"},
		{"tests bad json", tests(`[{"name": "x"`), "tests.json: unexpected EOF"},
		{"test name", tests(`[{"name": "Example 1", "sample": true, "input": {"a": 1, "b": 2}, "output": 3}]`), `tests.json: [0] (Example 1).name`},
		{"test fields", tests(`[{"name": "x", "sample": true, "input": {"a": 1}, "output": 3}]`), "tests.json: [0] (x).input: has fields [a]; the signature wants [a, b]"},
		{"no output", tests(`[{"name": "x", "sample": true, "input": {"a": 1, "b": 2}}]`), "[0] (x).output: missing"},
		{"duplicate", tests(`[{"name": "x", "sample": true, "input": {"a": 1, "b": 2}, "output": 3}, {"name": "x", "input": {"a": 1, "b": 2}, "output": 3}]`), "[1] (x).name: repeated"},
		{"no sample", tests(`[{"name": "x", "input": {"a": 1, "b": 2}, "output": 3}]`), `tests.json: sample: no test is marked "sample": true`},
		{"mutant verdict", map[string]string{"mutants/minus.go": "// verdict: wrong_anwser\nfunc add(a, b int) int { return 0 }\n"}, `mutants/minus.go: verdict: unknown verdict "wrong_anwser"`},
	} {
		t.Run(tc.name, func(t *testing.T) { wantLoadError(t, tc.over, tc.want) })
	}
}

func TestDesignTests(t *testing.T) {
	meta := `{"title": "Counter", "difficulty": "easy", "topics": ["design"],
	  "class": {"name": "Counter", "constructor": [], "methods": [{"name": "inc", "params": [{"name": "by", "type": "int"}], "returns": "int"}]}}`
	for _, tc := range []struct{ tests, want string }{
		{`[{"name": "a", "sample": true, "input": {"operations": ["Counter", "inc"], "arguments": [[], [2]]}, "output": [null, 2]}]`, ""},
		{`[{"name": "a", "sample": true, "input": {"operations": ["inc"], "arguments": [[2]]}, "output": [2]}]`, `the first operation must be "Counter"`},
		{`[{"name": "a", "sample": true, "input": {"operations": ["Counter", "dec"], "arguments": [[], [2]]}, "output": [null, 2]}]`, `unknown or misplaced "dec"`},
		{`[{"name": "a", "sample": true, "input": {"operations": ["Counter", "inc"], "arguments": [[], []]}, "output": [null, 2]}]`, "want 1 arguments"},
		{`[{"name": "a", "sample": true, "input": {"operations": ["Counter", "inc"], "arguments": [[], [2]]}, "output": [2]}]`, "want a list of 2 results"},
	} {
		_, err := Load(pkg(map[string]string{"problem.json": meta, "tests.json": tc.tests}), "add")
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v", tc.tests, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: error %v, want %q", tc.tests, err, tc.want)
		}
	}
}

func TestNearest(t *testing.T) {
	slugs := []string{"two-sum", "three-sum", "merge-intervals", "lru-cache"}
	if got := Nearest("two-sun", slugs, 3); len(got) == 0 || got[0] != "two-sum" {
		t.Errorf("Nearest(two-sun) = %v", got)
	}
	if got := Nearest("lru", slugs, 3); len(got) == 0 || got[0] != "lru-cache" {
		t.Errorf("Nearest(lru) = %v", got)
	}
	if got := Nearest("graph-coloring", slugs, 3); len(got) != 0 {
		t.Errorf("Nearest(graph-coloring) = %v, want nothing", got)
	}
}

func TestTimeLimit(t *testing.T) {
	l := Limits{TimeFactor: 5, TimeSlack: 200e6}
	for _, tc := range []struct{ ref, want int64 }{{1e6, 201e6}, {100e6, 500e6}, {0, 200e6}} {
		if got := l.TimeLimit(durationNS(tc.ref)); int64(got) != tc.want {
			t.Errorf("TimeLimit(%d) = %d, want %d", tc.ref, got, tc.want)
		}
	}
}

// FuzzLoad feeds arbitrary metadata and tests: loading must never panic,
// and a package that loads must have a signature and a sample.
func FuzzLoad(f *testing.F) {
	f.Add(goodMeta, goodTests)
	f.Add(`{"title":"C","difficulty":"easy","topics":["design"],"class":{"name":"C","constructor":[],"methods":[{"name":"get","returns":"int"}]}}`,
		`[{"name":"a","sample":true,"input":{"operations":["C","get"],"arguments":[[],[]]},"output":[null,1]}]`)
	f.Fuzz(func(t *testing.T, meta, tests string) {
		p, err := Load(pkg(map[string]string{"problem.json": meta, "tests.json": tests}), "add")
		if err != nil {
			return
		}
		if len(p.Samples()) == 0 || len(p.InputKeys()) == 0 && p.Sig.Function != nil && len(p.Sig.Function.Params) > 0 {
			t.Errorf("loaded a package without samples or inputs: %+v", p)
		}
	})
}

func durationNS(ns int64) time.Duration { return time.Duration(ns) }

// wantLoadError loads the test package with over's files in place and
// demands an error containing want.
func wantLoadError(t *testing.T, over map[string]string, want string) {
	t.Helper()
	_, err := Load(pkg(over), "add")
	if err == nil {
		t.Fatalf("loaded; want an error containing %q", want)
	}
	if !strings.Contains(err.Error(), want) {
		t.Errorf("error = %q\nwant it to contain %q", err, want)
	}
}
