package compare

import (
	"encoding/json"
	"github.com/judgehq/judge/judge/verdict"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func raw(s string) json.RawMessage { return json.RawMessage(s) }

func TestJudge(t *testing.T) {
	for _, tc := range []struct {
		name      string
		mode      Mode
		want, got string
		ok        bool
	}{
		{"exact equal", Mode{Compare: "exact"}, `[0,1]`, `[0,1]`, true},
		{"exact order matters", Mode{Compare: "exact"}, `[0,1]`, `[1,0]`, false},
		{"numbers by value", Mode{Compare: "exact"}, `[2]`, `[2.0]`, true},
		{"big ints exact", Mode{Compare: "exact"}, `9007199254740993`, `9007199254740992`, false},
		{"nil list is empty", Mode{Compare: "exact"}, `[]`, `null`, true},
		{"nested nil list", Mode{Compare: "exact"}, `[[1],[]]`, `[[1],null]`, true},
		{"null is not zero", Mode{Compare: "exact"}, `0`, `null`, false},
		{"any order", Mode{Compare: "any_order"}, `[1,2,3]`, `[3,1,2]`, true},
		{"any order counts", Mode{Compare: "any_order"}, `[1,1,2]`, `[1,2,2]`, false},
		{"any order is shallow", Mode{Compare: "any_order"}, `[[1,2]]`, `[[2,1]]`, false},
		{"nested any order", Mode{Compare: "nested_any_order"}, `[["eat","tea"],["bat"]]`, `[["bat"],["tea","eat"]]`, true},
		{"nested missing", Mode{Compare: "nested_any_order"}, `[["eat","tea"],["bat"]]`, `[["bat","tea","eat"]]`, false},
		{"float close", Mode{Compare: "float"}, `[null,2.5]`, `[null,2.500001]`, true},
		{"float relative", Mode{Compare: "float"}, `100000.0`, `100000.5`, true},
		{"float far", Mode{Compare: "float"}, `2.5`, `2.6`, false},
		{"float beyond range", Mode{Compare: "float"}, `1E1000`, `1e1000`, true},
		{"float infinities differ", Mode{Compare: "float"}, `1E1000`, `-1E1000`, false},
		{"float infinity is not huge", Mode{Compare: "float"}, `1E1000`, `1.7e308`, false},
		{"float underflow", Mode{Compare: "float"}, `1e-1000`, `0`, true},
		{"float near zero absolute", Mode{Compare: "float"}, `0`, `0.000001`, true},
		{"strings", Mode{Compare: "exact"}, `"abc"`, `"abd"`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, err := Judge(tc.mode, nil, raw(tc.want), raw(tc.got))
			if err != nil {
				t.Fatal(err)
			}
			if out.OK != tc.ok {
				t.Errorf("OK = %v, want %v (diff %s)", out.OK, tc.ok, out.Diff)
			}
			if !out.OK && out.Diff == "" {
				t.Error("a mismatch came without a diff")
			}
		})
	}
}

func TestTypedDiff(t *testing.T) {
	out, _ := Judge(Mode{Compare: "exact", Shown: reflect.TypeFor[[]int]()}, nil, raw(`[0,1]`), raw(`[0,0]`))
	if !strings.Contains(out.Diff, "[]int{") || strings.Contains(out.Diff, "json.Number") {
		t.Errorf("diff not shown as []int:\n%s", out.Diff)
	}
	out, _ = Judge(Mode{Compare: "exact", Shown: reflect.TypeFor[[]int]()}, nil, raw(`[0,1]`), raw(`"oops"`))
	if out.OK || out.Diff == "" {
		t.Errorf("a wrongly shaped output: %+v", out)
	}
}

// FuzzJudge checks comparison never panics, every value equals itself in
// every mode, and any_order ignores a reversal.
func FuzzJudge(f *testing.F) {
	for _, s := range []string{`[1,2,3]`, `[[1,2],[3]]`, `"x"`, `null`, `[1.5,null]`, `{"a":1}`, `[]`} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		for _, m := range []verdict.Comparison{verdict.Exact, verdict.AnyOrder, verdict.NestedAnyOrder, verdict.Float} {
			Judge(Mode{Compare: m, Shown: reflect.TypeFor[[]int]()}, nil, raw(a), raw(b))
			if !json.Valid([]byte(a)) {
				continue
			}
			out, err := Judge(Mode{Compare: m}, nil, raw(a), raw(a))
			if err != nil || !out.OK {
				t.Errorf("%s: %s does not equal itself: %v %s", m, a, err, out.Diff)
			}
		}
		var list []json.RawMessage
		if json.Unmarshal([]byte(a), &list) == nil && list != nil {
			rev := make([]json.RawMessage, len(list))
			for i, v := range list {
				rev[len(list)-1-i] = v
			}
			r, _ := json.Marshal(rev)
			if out, err := Judge(Mode{Compare: "any_order"}, nil, raw(a), r); err != nil || !out.OK {
				t.Errorf("any_order: %s reversed (%s) differs: %s", a, r, out.Diff)
			}
		}
	})
}

func TestLocate(t *testing.T) {
	// ints is a JSON list of n ints, i at index i, but for the changes.
	ints := func(n int, change map[int]string) string {
		parts := make([]string, n)
		for i := range parts {
			parts[i] = strconv.Itoa(i)
			if v, ok := change[i]; ok {
				parts[i] = v
			}
		}
		return "[" + strings.Join(parts, ",") + "]"
	}
	long := ints(1000, nil)
	row := func(change map[int]string) string { return ints(300, change) }
	text := strings.Repeat("ab", 1000)
	for _, tc := range []struct {
		name      string
		mode      Mode
		want, got string
		at        *Difference
	}{
		{"long list", Mode{Compare: "exact"}, long, ints(1000, map[int]string{700: "-1"}),
			&Difference{Path: []int{700}, From: 695, Want: "[695,696,697,698,699,700,701,702,703,704,705]", Got: "[695,696,697,698,699,-1,701,702,703,704,705]",
				WantAt: "700", GotAt: "-1", WantLen: 1000, GotLen: 1000}},
		{"at the start", Mode{Compare: "exact"}, long, ints(1000, map[int]string{1: "7"}),
			&Difference{Path: []int{1}, From: 0, Want: "[0,1,2,3,4,5,6]", Got: "[0,7,2,3,4,5,6]", WantAt: "1", GotAt: "7", WantLen: 1000, GotLen: 1000}},
		{"output ends early", Mode{Compare: "exact"}, long, ints(998, nil),
			&Difference{Path: []int{998}, From: 993, Want: "[993,994,995,996,997,998,999]", Got: "[993,994,995,996,997]", WantAt: "998", WantLen: 1000, GotLen: 998}},
		{"empty output", Mode{Compare: "exact"}, long, `[]`,
			&Difference{Path: []int{0}, Want: "[0,1,2,3,4,5]", Got: "[]", WantAt: "0", WantLen: 1000}},
		{"float tolerance holds in the window", Mode{Compare: "float"}, long, ints(1000, map[int]string{3: "3.000001", 500: "5"}),
			&Difference{Path: []int{500}, From: 495, Want: "[495,496,497,498,499,500,501,502,503,504,505]", Got: "[495,496,497,498,499,5,501,502,503,504,505]",
				WantAt: "500", GotAt: "5", WantLen: 1000, GotLen: 1000}},
		{"any order sorts first", Mode{Compare: "any_order"}, long, ints(1000, map[int]string{0: "999"}),
			&Difference{Path: []int{0}, Want: `[0,1,10,100,101,102]`, Got: `[1,10,100,101,102,103]`, WantAt: "0", GotAt: "1", WantLen: 1000, GotLen: 1000, Sorted: true}},
		{"a long row is looked into", Mode{Compare: "exact"}, "[" + row(nil) + "," + row(nil) + "]", "[" + row(nil) + "," + row(map[int]string{42: "0"}) + "]",
			&Difference{Path: []int{1, 42}, From: 37, Want: "[37,38,39,40,41,42,43,44,45,46,47]", Got: "[37,38,39,40,41,0,43,44,45,46,47]",
				WantAt: "42", GotAt: "0", WantLen: 300, GotLen: 300}},
		{"long string", Mode{Compare: "exact"}, `"` + text + `"`, `"` + text[:1500] + "X" + text[1501:] + `"`,
			&Difference{Path: []int{1500}, From: 1480, Want: `"` + text[1480:1521] + `"`, Got: `"` + text[1480:1500] + "X" + text[1501:1521] + `"`,
				WantAt: `"a"`, GotAt: `"X"`, WantLen: 2000, GotLen: 2000}},
		{"design result", Mode{Compare: "exact", Ops: true}, `[null,null,1,-1]`, `[null,null,1,3]`,
			&Difference{Path: []int{3}, Want: "[null,null,1,-1]", Got: "[null,null,1,3]", WantAt: "-1", GotAt: "3", WantLen: 4, GotLen: 4}},
		{"design floats", Mode{Compare: "float", Ops: true}, `[null,1.5,2.25]`, `[null,1.5000001,2]`,
			&Difference{Path: []int{2}, Want: "[null,1.5,2.25]", Got: "[null,1.5000001,2]", WantAt: "2.25", GotAt: "2", WantLen: 3, GotLen: 3}},
		{"short values are diffed", Mode{Compare: "exact"}, `[1,2,3]`, `[1,2,4]`, nil},
		{"long values of another shape are diffed", Mode{Compare: "exact"}, long, `7`, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, err := Judge(tc.mode, nil, raw(tc.want), raw(tc.got))
			if err != nil {
				t.Fatal(err)
			}
			if out.OK {
				t.Fatal("the values compare equal")
			}
			if diff := cmp.Diff(tc.at, out.At); diff != "" {
				t.Errorf("located (-want +got):\n%s", diff)
			}
			if (out.At == nil) == (out.Diff == "") {
				t.Errorf("want a diff exactly when the difference is not located; diff:\n%s", out.Diff)
			}
		})
	}
}

// BenchmarkJudgeSameText: a right answer written by the same encoder as
// the expected one, as nearly every test's is, 100000 numbers long.
func BenchmarkJudgeSameText(b *testing.B) {
	var sb strings.Builder
	sb.WriteByte('[')
	for i := range 100000 {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(strconv.Itoa(i * 7919 % 100003))
	}
	sb.WriteByte(']')
	v := json.RawMessage(sb.String())
	for b.Loop() {
		if o, err := Judge(Mode{Compare: "exact"}, nil, v, v); err != nil || !o.OK {
			b.Fatal(o, err)
		}
	}
}
