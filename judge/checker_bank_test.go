package judge_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// TestBankCheckers runs the bank's checker.go files (moved out of the
// engine) on answers right and wrong.
func TestBankCheckers(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the Go toolchain")
	}
	b, err := bank()
	if err != nil {
		t.Fatal(err)
	}
	raw := func(s string) json.RawMessage { return json.RawMessage(s) }
	in := func(kv ...string) map[string]json.RawMessage {
		m := map[string]json.RawMessage{}
		for i := 0; i < len(kv); i += 2 {
			m[kv[i]] = raw(kv[i+1])
		}
		return m
	}
	many := func(n int, v string) string { return strings.TrimSuffix(strings.Repeat(v+",", n), ",") }
	for _, tc := range []struct {
		name, slug string
		input      map[string]json.RawMessage
		want, got  string
		ok         bool
	}{
		{"peak middle", "find-peak-element", in("nums", `[1,3,2]`), `1`, `1`, true},
		{"other peak", "find-peak-element", in("nums", `[1,2,1,3,5,6,4]`), `5`, `1`, true},
		{"not a peak", "find-peak-element", in("nums", `[1,2,1,3,5,6,4]`), `5`, `3`, false},
		{"edge peak", "find-peak-element", in("nums", `[2,1]`), `0`, `0`, true},
		{"out of range", "find-peak-element", in("nums", `[2,1]`), `0`, `2`, false},
		{"topo ok", "course-schedule-ii", in("numCourses", `3`, "prerequisites", `[[1,0],[2,0]]`), `[0,1,2]`, `[0,2,1]`, true},
		{"topo violates", "course-schedule-ii", in("numCourses", `2`, "prerequisites", `[[1,0]]`), `[0,1]`, `[1,0]`, false},
		{"topo missing", "course-schedule-ii", in("numCourses", `3`, "prerequisites", `[]`), `[0,1,2]`, `[0,1]`, false},
		{"topo cycle", "course-schedule-ii", in("numCourses", `2`, "prerequisites", `[[1,0],[0,1]]`), `[]`, `[]`, true},
		{"topo cycle answered", "course-schedule-ii", in("numCourses", `2`, "prerequisites", `[[1,0],[0,1]]`), `[]`, `[0,1]`, false},
		{"parens other answer", "minimum-remove-to-make-valid-parentheses", in("s", `"a)b(c)d)"`), `"ab(c)d"`, `"a(b)cd"`, false},
		{"parens valid", "minimum-remove-to-make-valid-parentheses", in("s", `"lee(t(c)o)de)"`), `"lee(t(c)o)de"`, `"lee(t(co)de)"`, true},
		{"parens too many removed", "minimum-remove-to-make-valid-parentheses", in("s", `"(a)"`), `"(a)"`, `"a"`, false},
		{"parens unbalanced", "minimum-remove-to-make-valid-parentheses", in("s", `"))(("`), `""`, `"()"`, false},
		{"set ok", "insert-delete-getrandom-o1", in("operations", `["RandomizedSet","insert","insert","getRandom"]`, "arguments", `[[],[1],[2],[]]`), `[null,true,true,1]`, `[null,true,true,2]`, true},
		{"set not member", "insert-delete-getrandom-o1", in("operations", `["RandomizedSet","insert","getRandom"]`, "arguments", `[[],[1],[]]`), `[null,true,1]`, `[null,true,5]`, false},
		{"set wrong insert", "insert-delete-getrandom-o1", in("operations", `["RandomizedSet","insert","insert"]`, "arguments", `[[],[1],[1]]`), `[null,true,false]`, `[null,true,true]`, false},
		{"set not uniform", "insert-delete-getrandom-o1",
			in("operations", `["RandomizedSet","insert","insert",`+many(200, `"getRandom"`)+`]`, "arguments", `[[],[1],[2],`+many(200, `[]`)+`]`),
			`[null,true,true,` + many(200, `1`) + `]`, `[null,true,true,` + many(200, `1`) + `]`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			ok, err := testJudge().Agree(context.Background(), b[tc.slug], tc.input, raw(tc.want), raw(tc.got))
			if err != nil {
				t.Fatal(err)
			}
			if ok != tc.ok {
				t.Errorf("accepted %v, want %v", ok, tc.ok)
			}
		})
	}
}
