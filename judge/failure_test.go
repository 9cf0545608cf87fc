package judge

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/judgehq/judge/judge/compare"
	"github.com/judgehq/judge/judge/problem"
)

// trace writes a stack overflow's traceback as the Go runtime does: the
// innermost frame first, each called frame with its registers, inlined
// ones without.
func trace(frames ...string) string {
	var b strings.Builder
	b.WriteString("runtime: goroutine stack exceeds 33554432-byte limit\nfatal error: stack overflow\n\nruntime stack:\n")
	b.WriteString("runtime.throw({0x50553f?, 0x200000001?})\n\t/usr/local/go/src/runtime/panic.go:1229 +0x48 fp=0x7ffc868e2bf8 sp=0x7ffc868e2bc8 pc=0x47e1e8\n\n")
	b.WriteString("goroutine 1 gp=0x170e3e181e0 m=0 mp=0x5f1b60 [running]:\n")
	for i, f := range frames {
		fn, line, _ := strings.Cut(f, ":")
		if i%2 == 1 {
			fmt.Fprintf(&b, "main.%s(...)\n\tsol.go:%s\n", fn, line)
			continue
		}
		fmt.Fprintf(&b, "main.%s({0x170e3ef0000?, 0x4?, 0x4?}, 0x15551a?)\n\tsol.go:%s +0x3b fp=0x170e5f80398 sp=0x170e5f80390 pc=0x4d40db\n", fn, line)
	}
	b.WriteString("main._jRun(...)\n\t/tmp/judge-build-1/main.go:40 +0x1c fp=0x170e5f803c8 sp=0x170e5f80398 pc=0x4d40bc\n")
	return b.String()
}

// times repeats frames n times.
func times(n int, frames ...string) []string {
	var out []string
	for range n {
		out = append(out, frames...)
	}
	return out
}

func TestRecursion(t *testing.T) {
	for _, tc := range []struct {
		name      string
		stack     string
		recursion string
		frames    string
	}{
		{"one function", trace(append([]string{"dfs:4"}, times(40, "dfs:7")...)...),
			"dfs (sol.go:7)",
			"\n\tat dfs (sol.go:4)\n\tat dfs (sol.go:7) (and 39 more times)"},
		{"called from another", trace(append(append([]string{"dfs:4"}, times(40, "dfs:9")...), "numIslands:20")...),
			"dfs (sol.go:9)",
			"\n\tat dfs (sol.go:4)\n\tat dfs (sol.go:9) (and 39 more times)\n\tat numIslands (sol.go:20)"},
		{"two calling each other", trace(append([]string{"odd:13"}, times(30, "even:11", "odd:13")...)...),
			"odd (sol.go:13) → even (sol.go:11)",
			"\n\tat odd (sol.go:13)\n\tat even (sol.go:11) (these 2, 29 more times)\n\tat odd (sol.go:13)"},
		{"a method", trace("(*Solution).walk:5", "(*Solution).walk:8", "(*Solution).walk:8"),
			"(*Solution).walk (sol.go:8)",
			"\n\tat (*Solution).walk (sol.go:5)\n\tat (*Solution).walk (sol.go:8) (and 1 more times)"},
		{"no recursion", trace("a:3", "b:9", "c:12"),
			"",
			"\n\tat a (sol.go:3)\n\tat b (sol.go:9)\n\tat c (sol.go:12)"},
		{"many frames", trace("a:1", "b:2", "c:3", "d:4", "e:5", "f:6", "g:7", "h:8", "i:9", "j:10"),
			"",
			"\n\tat a (sol.go:1)\n\tat b (sol.go:2)\n\tat c (sol.go:3)\n\tat d (sol.go:4)\n\tat e (sol.go:5)\n\tat f (sol.go:6)\n\tat g (sol.go:7)\n\tat h (sol.go:8)\n\t..."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.recursion, recursion(tc.stack, "sol.go")); diff != "" {
				t.Errorf("recursion (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.frames, userFrames(tc.stack, "sol.go")); diff != "" {
				t.Errorf("frames (-want +got):\n%s", diff)
			}
		})
	}
}

func TestShowInput(t *testing.T) {
	fn := func(params ...problem.Param) *problem.Problem {
		return &problem.Problem{Sig: problem.Signature{Function: &problem.Function{Name: "f", Params: params}}}
	}
	list := func(n int, elem func(i int) string) json.RawMessage {
		parts := make([]string, n)
		for i := range parts {
			parts[i] = elem(i)
		}
		return json.RawMessage("[" + strings.Join(parts, ",") + "]")
	}
	num := func(i int) string { return strconv.Itoa(i % 100) }
	row := func(int) string { return string(list(300, func(int) string { return `"1"` })) }
	design := &problem.Problem{Sig: problem.Signature{Class: &problem.Class{Name: "LRUCache"}}}
	ops := []string{`"LRUCache"`}
	args := []string{`[2]`}
	for i := range 70000 {
		if i%3 == 0 {
			ops, args = append(ops, `"get"`), append(args, `[1]`)
		} else {
			ops, args = append(ops, `"put"`), append(args, `[1,1]`)
		}
	}
	for _, tc := range []struct {
		name string
		p    *problem.Problem
		in   map[string]json.RawMessage
		want string
	}{
		{"short: in the statement's form", fn(problem.Param{Name: "nums", Type: "[]int"}, problem.Param{Name: "target", Type: "int"}),
			map[string]json.RawMessage{"nums": json.RawMessage(`[2, 7, 11, 15]`), "target": json.RawMessage(`9`)},
			"nums = [2,7,11,15], target = 9"},
		{"a long list", fn(problem.Param{Name: "nums", Type: "[]int"}, problem.Param{Name: "target", Type: "int"}),
			map[string]json.RawMessage{"nums": list(100000, num), "target": json.RawMessage(`9`)},
			"nums: 100000 ints, target = 9"},
		{"a grid", fn(problem.Param{Name: "grid", Type: "[][]byte"}),
			map[string]json.RawMessage{"grid": list(300, row)},
			"grid: 300x300"},
		{"ragged lists", fn(problem.Param{Name: "adj", Type: "[][]int"}),
			map[string]json.RawMessage{"adj": list(1000, func(i int) string { return string(list(i%3, num)) })},
			"adj: 1000 lists, 999 values in all"},
		{"a tree", fn(problem.Param{Name: "root", Type: "*TreeNode"}),
			map[string]json.RawMessage{"root": list(1000, func(i int) string {
				if i%10 == 9 {
					return "null"
				}
				return num(i)
			})},
			"root: tree of 900 nodes"},
		{"a linked list with a cycle", fn(problem.Param{Name: "head", Type: "*ListNode", Cycle: "pos"}),
			map[string]json.RawMessage{"head": list(1000, num), "pos": json.RawMessage(`-1`)},
			"head: list of 1000 nodes, pos = -1"},
		{"a long string", fn(problem.Param{Name: "s", Type: "string"}),
			map[string]json.RawMessage{"s": json.RawMessage(`"` + strings.Repeat("ab", 1000) + `"`)},
			"s: string of 2000 characters"},
		{"a design test", design,
			map[string]json.RawMessage{"operations": list(len(ops), func(i int) string { return ops[i] }), "arguments": list(len(args), func(i int) string { return args[i] })},
			"operations: 70001 (put 46666, get 23334)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, showInput(tc.p, tc.in)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestExplainDifference(t *testing.T) {
	design := &problem.Problem{Sig: problem.Signature{Class: &problem.Class{Name: "LRUCache"}}}
	designIn := map[string]json.RawMessage{
		"operations": json.RawMessage(`["LRUCache","put","get","get"]`),
		"arguments":  json.RawMessage(`[[2],[1,1],[1],[3]]`),
	}
	plain := &problem.Problem{Sig: problem.Signature{Function: &problem.Function{Name: "f"}}}
	window := func(path []int, wantAt, gotAt string, wantLen, gotLen int, sorted bool) *compare.Difference {
		return &compare.Difference{Path: path, From: 1, Want: "[1,2]", Got: "[1,3]", WantAt: wantAt, GotAt: gotAt, WantLen: wantLen, GotLen: gotLen, Sorted: sorted}
	}
	for _, tc := range []struct {
		name string
		p    *problem.Problem
		in   map[string]json.RawMessage
		d    *compare.Difference
		want *Failure
	}{
		{"an operation", design, designIn, &compare.Difference{Path: []int{3}, WantAt: "-1", GotAt: "3"},
			&Failure{Message: "op 3 get(3): expected -1, got 3",
				Operation: &Operation{Index: 3, Name: "get", Arguments: "[3]", Expected: "-1", Actual: "3"}}},
		{"an operation of two arguments", design, designIn, &compare.Difference{Path: []int{1}, WantAt: "null", GotAt: "1"},
			&Failure{Message: "op 1 put(1, 1): expected null, got 1",
				Operation: &Operation{Index: 1, Name: "put", Arguments: "[1,1]", Expected: "null", Actual: "1"}}},
		{"an element", plain, nil, window([]int{53211}, "12", "11", 100000, 100000, false),
			&Failure{Message: "the first difference is at index 53211: expected 12, got 11",
				Difference: &Window{Index: []int{53211}, From: 1, Expected: "[1,2]", Actual: "[1,3]", ExpectedLength: 100000, ActualLength: 100000}}},
		{"a row's element", plain, nil, window([]int{57, 203}, "12", "11", 300, 300, false),
			&Failure{Message: "the first difference is at index [57][203]: expected 12, got 11",
				Difference: &Window{Index: []int{57, 203}, From: 1, Expected: "[1,2]", Actual: "[1,3]", ExpectedLength: 300, ActualLength: 300}}},
		{"an answer too short", plain, nil, window([]int{998}, "998", "", 1000, 998, false),
			&Failure{Message: "the output ends at index 998: it has 998 elements where 1000 are expected",
				Difference: &Window{Index: []int{998}, From: 1, Expected: "[1,2]", Actual: "[1,3]", ExpectedLength: 1000, ActualLength: 998}}},
		{"an answer too long", plain, nil, window([]int{1000}, "", "7", 1000, 1002, false),
			&Failure{Message: "the output goes on past index 1000: it has 1002 elements where 1000 are expected",
				Difference: &Window{Index: []int{1000}, From: 1, Expected: "[1,2]", Actual: "[1,3]", ExpectedLength: 1000, ActualLength: 1002}}},
		{"in any order", plain, nil, window([]int{4}, "5", "6", 1000, 1000, true),
			&Failure{Message: "the first difference is at index 4: expected 5, got 6 (both sorted: the order does not matter)",
				Difference: &Window{Index: []int{4}, From: 1, Expected: "[1,2]", Actual: "[1,3]", ExpectedLength: 1000, ActualLength: 1000, Sorted: true}}},
		{"a string", plain, nil, &compare.Difference{Path: []int{1500}, From: 1480, Want: `"ab"`, Got: `"aX"`, WantAt: `"b"`, GotAt: `"X"`, WantLen: 1999, GotLen: 1998},
			&Failure{Message: `the first difference is at index 1500: expected "b", got "X"`,
				Difference: &Window{Index: []int{1500}, From: 1480, Expected: `"ab"`, Actual: `"aX"`, ExpectedLength: 1999, ActualLength: 1998}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := &Failure{Diff: "a diff that no longer serves"}
			explainDifference(tc.p, tc.in, f, tc.d)
			if diff := cmp.Diff(tc.want, f); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
