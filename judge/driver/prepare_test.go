package driver

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/judgehq/judge/judge/problem"
)

func TestPrepare(t *testing.T) {
	for _, tc := range []struct {
		name, code string
		types      []string
		imports    []string
		contains   []string
	}{
		{"no clause, std names", "func f() int { return len(strings.Fields(fmt.Sprint(sort.IntSlice{}))) }\n", nil,
			[]string{"fmt", "sort", "strings"}, []string{"package main; import (\"fmt\"; \"sort\"; \"strings\"); /*line u.go:1:1*/func f()"}},
		{"own import kept", "package main\n\nimport \"sort\"\n\nfunc f() { sort.Ints(nil); _ = math.MaxInt32 }\n", nil,
			[]string{"math"}, []string{"/*line u.go:1:1*/package main; import (\"math\");\n"}},
		{"shadowed name not imported", "func f(strings []string) int { return len(strings) }\n", nil, nil, nil},
		{"local var named like a package", "func f() int { heap := []int{1}; return heap[0] }\n", nil, nil, nil},
		{"heap and rand", "func f() { heap.Init(nil); _ = rand.Intn(3); _ = bits.OnesCount(1); _ = utf8.RuneLen('x') }\n", nil,
			[]string{"container/heap", "math/rand", "math/bits", "unicode/utf8"}, nil},
		{"user main renamed", "func main() { println() }\n", nil, nil, []string{"func _userMain()"}},
		{"predefined type known", "func f(l *ListNode) int { return l.Val }\n", []string{"ListNode"}, nil, nil},
		{"LeetCode's library by name", "func f() { _ = redblacktree.NewWithIntComparator(); _ = treemap.NewWith(utils.IntComparator)\n" +
			"\t_ = priorityqueue.NewWith(utils.IntComparator); _ = arraystack.New(); _ = treeset.NewWithIntComparator() }\n", nil,
			[]string{"github.com/emirpasic/gods/trees/redblacktree", "github.com/emirpasic/gods/maps/treemap", "github.com/emirpasic/gods/utils",
				"github.com/emirpasic/gods/queues/priorityqueue", "github.com/emirpasic/gods/stacks/arraystack", "github.com/emirpasic/gods/sets/treeset"},
			[]string{"package main; import (\"github.com/emirpasic/gods/maps/treemap\"; "}},
		{"LeetCode's library beside std", "func f() { heap.Init(nil); _ = linkedhashmap.New() }\n", nil,
			[]string{"container/heap", "github.com/emirpasic/gods/maps/linkedhashmap"}, nil},
		{"LeetCode's library imported", "import \"github.com/emirpasic/gods/trees/redblacktree\"\n\nfunc f() { _ = redblacktree.NewWithIntComparator(); _ = utils.IntComparator }\n", nil,
			[]string{"github.com/emirpasic/gods/utils"}, []string{"import \"github.com/emirpasic/gods/trees/redblacktree\""}},
		{"local var named like a library package", "func f() int { treemap := map[int]int{1: 2}; return treemap[1] }\n", nil, nil, nil},
		{"package var named like a library package", "var treemap = map[int]int{}\n\nfunc f() int { return treemap[1] }\n", nil, nil, nil},
		{"type named like a library package", "type utils struct{ n int }\n\nfunc f() int { return utils{}.n }\n", nil, nil, nil},
		{"maps is the standard library's", "func f(m map[int]int) { _ = maps.Clone(m) }\n", nil, []string{"maps"}, nil},
		{"build constraint blanked", "//go:build ignore\n\npackage main\n\nfunc f() {}\n", nil, nil, []string{"/*line u.go:1:1*///\n"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Prepare(Source{Name: "u.go", Code: tc.code}, tc.types)
			if err != nil {
				t.Fatal(err)
			}
			got := append([]string{}, p.Imports...)
			want := append([]string{}, tc.imports...)
			if diff := cmp.Diff(want, got, cmp.Transformer("sort", sorted)); diff != "" {
				t.Errorf("imports (-want +got):\n%s", diff)
			}
			for _, s := range tc.contains {
				if !strings.Contains(p.Code, s) {
					t.Errorf("code lacks %q:\n%s", s, p.Code)
				}
			}
			if n, m := strings.Count(p.Code, "\n"), strings.Count(tc.code, "\n"); n != m {
				t.Errorf("the prepared file has %d lines, the user's %d: positions would shift", n, m)
			}
		})
	}
}

func sorted(s []string) []string {
	out := append([]string{}, s...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

func TestPrepareSyntaxError(t *testing.T) {
	_, err := Prepare(Source{Name: "u.go", Code: "func f() {\n\treturn 1 +\n}\n"}, nil)
	ce, ok := err.(*CompileError)
	if !ok || !strings.HasPrefix(ce.Msg, "u.go:3:1: ") {
		t.Errorf("error = %v; want a CompileError at u.go:3:1", err)
	}
	_, err = Prepare(Source{Name: "u.go", Code: "import \"C\"\nfunc f() {}\n"}, nil)
	if ce, ok := err.(*CompileError); !ok || !strings.Contains(ce.Msg, "cgo") {
		t.Errorf("import \"C\": error = %v", err)
	}
}

// TestPrepareForeignImports: the packages of LeetCode's library may be
// imported; any other path outside the standard library is refused, with
// the line and column of its import.
func TestPrepareForeignImports(t *testing.T) {
	for _, tc := range []struct{ path, want string }{
		{"github.com/emirpasic/gods/trees/redblacktree", ""},
		{"github.com/emirpasic/gods/utils", ""},
		{"github.com/emirpasic/gods", "u.go:1:10: package github.com/emirpasic/gods is not in the Go standard library"},
		{"github.com/emirpasic/gods/v2/trees/redblacktree", "u.go:1:10: package github.com/emirpasic/gods/v2/trees/redblacktree is not in the Go standard library"},
		{"github.com/emirpasic/gods/examples/redblacktreeextended", "is not in the Go standard library"},
		{"golang.org/x/exp/maps", "u.go:1:10: package golang.org/x/exp/maps is not in the Go standard library\n\tonly the Go standard library is available"},
	} {
		t.Run(tc.path, func(t *testing.T) {
			_, err := Prepare(Source{Name: "u.go", Code: "import _ " + strconv.Quote(tc.path) + "\n\nfunc f() {}\n"}, nil)
			switch ce, _ := err.(*CompileError); {
			case tc.want == "" && err != nil:
				t.Errorf("refused: %v", err)
			case tc.want != "" && (ce == nil || !strings.Contains(ce.Msg, tc.want)):
				t.Errorf("error = %v, want a compile error saying %q", err, tc.want)
			}
		})
	}
}

func TestCheckSignature(t *testing.T) {
	fn := &problem.Problem{Sig: problem.Signature{Function: &problem.Function{Name: "twoSum",
		Params: []problem.Param{{Name: "nums", Type: "[]int"}, {Name: "target", Type: "int"}}, Returns: "[]int"}}}
	class := &problem.Problem{Sig: problem.Signature{Class: &problem.Class{Name: "MinStack",
		Methods: []problem.Method{{Name: "push", Params: []problem.Param{{Name: "val", Type: "int"}}}, {Name: "getMin", Returns: "int"}}}}}
	// A function api.go declares and calls the template's class with.
	api := &problem.Problem{
		Sig: problem.Signature{Function: &problem.Function{Name: "judgeDot",
			Params: []problem.Param{{Name: "a", Type: "[]int"}, {Name: "b", Type: "[]int"}}, Returns: "int"}},
		Stub: "type Vec struct {\n}\n\nfunc Constructor(nums []int) Vec {\n\treturn Vec{}\n}\n\nfunc (this *Vec) dot(vec Vec) int {\n\treturn 0\n}\n",
		API:  "func judgeDot(a, b []int) int { v := Constructor(a); return v.dot(Constructor(b)) }",
	}
	apiOK := "type Vec struct{ m map[int]int }\nfunc Constructor(nums []int) Vec { return Vec{} }\nfunc (v *Vec) dot(w Vec) int { return 0 }"
	for _, tc := range []struct {
		name string
		p    *problem.Problem
		code string
		want string // "" means no error
	}{
		{"api: as the template", api, apiOK, ""},
		{"api: method misnamed", api, strings.Replace(apiOK, "dot(", "Dot(", 1), "no method dot; the problem calls, as its template declares:\n\tfunc (this *Vec) dot(vec Vec) int"},
		{"api: constructor's result", api, strings.Replace(apiOK, "[]int) Vec { return Vec{} }", "[]int) *Vec { return nil }", 1), "Constructor has parameters ([]int) and results (*Vec)"},
		{"api: no type", api, "func Constructor(nums []int) int { return 0 }", "no type Vec"},
		{"ok", fn, "func twoSum(a []int, b int) []int { return nil }", ""},
		{"grouped params", fn, "func twoSum(a []int, b int) (r []int) { return }", ""},
		{"missing", fn, "func twoSums(a []int, b int) []int { return nil }", "no function twoSum"},
		{"wrong result", fn, "func twoSum(a []int, b int) int { return 0 }", "results (int)"},
		{"method not function", fn, "type T struct{}\nfunc (T) twoSum(a []int, b int) []int { return nil }", "no function twoSum"},
		{"class ok", class, "type MinStack struct{}\nfunc Constructor() MinStack { return MinStack{} }\nfunc (this *MinStack) Push(val int) {}\nfunc (this *MinStack) GetMin() int { return 0 }", ""},
		{"pointer constructor", class, "type MinStack struct{}\nfunc Constructor() *MinStack { return nil }\nfunc (this *MinStack) Push(val int) {}\nfunc (this *MinStack) GetMin() int { return 0 }", "results (*MinStack)"},
		{"missing method", class, "type MinStack struct{}\nfunc Constructor() MinStack { return MinStack{} }\nfunc (this *MinStack) Push(val int) {}", "no method GetMin"},
		{"missing type", class, "func Constructor() MinStack { return MinStack{} }", "no type MinStack"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			u, err := Prepare(Source{Name: "u.go", Code: tc.code}, nil)
			if err != nil {
				t.Fatal(err)
			}
			var a *Prepared
			if tc.p.API != "" {
				if a, err = Prepare(Source{Name: APIFile, Code: tc.p.API}, nil); err != nil {
					t.Fatal(err)
				}
			}
			err = CheckSignature(tc.p, "u.go", u, a)
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("unexpected error: %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("error = %v, want it to mention %q", err, tc.want)
			}
		})
	}
}
