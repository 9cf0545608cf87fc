package review

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/problems"
)

func bankProblem(t *testing.T, slug string) *problem.Problem {
	t.Helper()
	p, err := problem.Load(problems.FS(), slug)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestParseNotes(t *testing.T) {
	p := bankProblem(t, "two-sum")
	src := strings.Join([]string{
		"// example: nums = [3,2,4], target = 6 -> [1,2]", // 1: valid
		"//EXAMPLE:nums=[3,3],target=6->[0,1]",            // 2: valid, tight spacing
		"// example: nums = [1,2] -> [0,1]",               // 3: an input missing
		"// example: nums = [1,2], target = 3",            // 4: no arrow
		"// example: nums = [1,2, target = 3 -> [0,1]",    // 5: broken JSON
		"// example: nums = [1.5,2], target = 3 -> [0,1]", // 6: not ints
		"// example: nums = [1,2], target = 3 -> [0,",     // 7: broken output
		"// time: O(n)",  // 8
		"// space: fast", // 9: not a complexity
		"//   // example: nums = [9], target = 9 -> [0]", // 10: the header's sample, not an example
		"// space: O(?)", // 11: the placeholder
		"func twoSum(nums []int, target int) []int { return nil }",
	}, "\n")
	n := ParseNotes(src, p)
	var lines []int
	valid := map[int]bool{}
	for _, ex := range n.Examples {
		lines = append(lines, ex.Line)
		valid[ex.Line] = ex.Error == ""
	}
	if diff := cmp.Diff([]int{1, 2, 3, 4, 5, 6, 7}, lines); diff != "" {
		t.Errorf("example lines (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[int]bool{1: true, 2: true, 3: false, 4: false, 5: false, 6: false, 7: false}, valid); diff != "" {
		t.Errorf("valid examples (-want +got):\n%s", diff)
	}
	if n.Time != "O(n)" || n.TimeLine != 8 || n.Space != "" {
		t.Errorf("declared time %q (line %d), space %q; want O(n) (line 8) and none", n.Time, n.TimeLine, n.Space)
	}
	// Every bad line is named by its number.
	for _, line := range []string{"line 3:", "line 4:", "line 5:", "line 6:", "line 7:", "line 9:"} {
		found := false
		for _, msg := range n.Problems {
			found = found || strings.HasPrefix(msg, line)
		}
		if !found {
			t.Errorf("no problem reported for %s; got %q", line, n.Problems)
		}
	}
	if got := string(n.Examples[1].Expected); got != "[0,1]" {
		t.Errorf("line 2 expects %s, want [0,1]", got)
	}
}

func TestParseExampleArrowInString(t *testing.T) {
	p := bankProblem(t, "valid-palindrome")
	n := ParseNotes(`// example: s = "a->a" -> true`, p)
	if len(n.Examples) != 1 || n.Examples[0].Error != "" {
		t.Fatalf("examples %+v", n.Examples)
	}
	if got := string(n.Examples[0].Input["s"]); got != `"a->a"` {
		t.Errorf("s = %s, want \"a->a\"", got)
	}
}

func TestParseDesignExample(t *testing.T) {
	p := bankProblem(t, "min-stack")
	good := `// example: operations = ["MinStack","push","getMin"], arguments = [[],[1],[]] -> [null,null,1]`
	bad := `// example: operations = ["push","getMin"], arguments = [[1],[]] -> [null,1]`
	n := ParseNotes(good+"\n"+bad, p)
	if n.Examples[0].Error != "" {
		t.Errorf("valid design example refused: %s", n.Examples[0].Error)
	}
	if !strings.Contains(n.Examples[1].Error, "constructor") {
		t.Errorf("an example without the constructor: error %q, want one naming the constructor", n.Examples[1].Error)
	}
}

func TestHeaderShowsAValidForm(t *testing.T) {
	for _, slug := range []string{"two-sum", "lru-cache", "reverse-linked-list", "number-of-islands"} {
		p := bankProblem(t, slug)
		line := "// example: " + Form(p)
		n := ParseNotes(line, p)
		if len(n.Examples) != 1 || n.Examples[0].Error != "" {
			t.Errorf("%s: the header's form %q does not parse: %+v", slug, line, n.Examples)
		}
		if h := ParseNotes(Header(p), p); len(h.Examples) != 0 || h.Time != "" || len(h.Problems) != 0 {
			t.Errorf("%s: the header itself declares something: %+v", slug, h)
		}
	}
}

func TestDescribe(t *testing.T) {
	m := problem.Mutant{Name: "x", Source: "import \"sort\"\n\n// Mutant: pairs a value with itself\n// when it is half the target. More words.\n// verdict: wrong_answer\nfunc twoSum() {}\n"}
	if got, want := Describe(m), "pairs a value with itself when it is half the target."; got != want {
		t.Errorf("Describe = %q, want %q", got, want)
	}
	if got := Describe(problem.Mutant{Name: "bare", Source: "func f() {}\n"}); got != "bare" {
		t.Errorf("Describe of an uncommented mutant = %q, want its name", got)
	}
}

// FuzzParseNotes: any notepad parses without a panic; every example line
// is either valid, with an input of the signature's fields and an expected
// value, or carries an error that a problem line names.
func FuzzParseNotes(f *testing.F) {
	p, err := problem.Load(problems.FS(), "two-sum")
	if err != nil {
		f.Fatal(err)
	}
	for _, seed := range []string{
		"// example: nums = [3,2,4], target = 6 -> [1,2]",
		"// example: nums = [1,2], target = 3",
		"// example: -> ->",
		"// example: nums = \"->\", target = 1 -> []",
		"// time: O(n log n)\n// space: fast",
		"// EXAMPLE:nums=[1],target=2->[0,0]",
		"// example: nums = [1,2], target = 3 → [0,1]",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, src string) {
		n := ParseNotes(src, p)
		bad := 0
		for _, ex := range n.Examples {
			if ex.Error != "" {
				bad++
				continue
			}
			if len(ex.Input) != len(p.InputKeys()) || len(ex.Expected) == 0 {
				t.Fatalf("valid example with input %v, expected %q", ex.Input, ex.Expected)
			}
		}
		if len(n.Problems) < bad {
			t.Fatalf("%d bad examples but %d problems named", bad, len(n.Problems))
		}
	})
}
