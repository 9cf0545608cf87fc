package judge_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/driver"
	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/judge/verdict"
	"github.com/judgehq/judge/problems"
)

var bank = sync.OnceValues(problems.BySlug)

// testJudge shares one calibration cache between the tests of a run.
var testJudge = sync.OnceValue(func() *judge.Judge {
	dir, err := os.MkdirTemp("", "judge-test-cache-*")
	if err != nil {
		panic(err)
	}
	return &judge.Judge{CacheDir: dir}
})

var (
	messageRE     = regexp.MustCompile(`(?m)^// message: (.+)$`)
	inputRE       = regexp.MustCompile(`(?m)^// input: (.+)$`)
	stdoutRE      = regexp.MustCompile(`(?m)^// stdout: (.+)$`)
	stdoutLacksRE = regexp.MustCompile(`(?m)^// stdout lacks: (.+)$`)
)

// TestFixtures judges every solution in testdata/solutions/VERDICT/ and
// checks it gets exactly VERDICT. A fixture is named SLUG--WHAT.go; each
// line "// message: TEXT" also demands TEXT in the failure's message or
// diff, "// input: TEXT" demands it in the failing test's input as shown,
// "// stdout: TEXT" demands it in the output shown for the failing test
// and "// stdout lacks: TEXT" its absence there. A time limit exceeded
// must report the limit, the failing test's time (not the tests' before
// it) and no expected output.
func TestFixtures(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the Go toolchain")
	}
	b, err := bank()
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("../testdata/solutions/*/*.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, f := range files {
		want, err := verdict.Parse(filepath.Base(filepath.Dir(f)))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".go")
		slug, _, _ := strings.Cut(name, "--")
		t.Run(want.String()+"/"+name, func(t *testing.T) {
			t.Parallel()
			p := b[slug]
			if p == nil {
				t.Fatalf("no problem %s in the bank", slug)
			}
			code, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			rep, err := testJudge().Submit(context.Background(), p, driver.Source{Name: filepath.Base(f), Code: string(code)})
			if err != nil {
				t.Fatal(err)
			}
			if rep.Verdict != want {
				t.Fatalf("verdict %s, want %s\nfailure: %+v", rep.Verdict, want, rep.Failure)
			}
			if want == judge.Accepted {
				if rep.Passed != rep.Total || rep.Failure != nil {
					t.Errorf("accepted with %d/%d passed and failure %+v", rep.Passed, rep.Total, rep.Failure)
				}
				return
			}
			if rep.Failure == nil || rep.Failure.Message == "" && rep.Failure.Diff == "" {
				t.Fatalf("%s without an explanation: %+v", rep.Verdict, rep.Failure)
			}
			for _, m := range messageRE.FindAllStringSubmatch(string(code), -1) {
				if text := rep.Failure.Message + rep.Failure.Diff; !strings.Contains(text, m[1]) {
					t.Errorf("failure does not mention %q:\n%s", m[1], text)
				}
			}
			if m := inputRE.FindStringSubmatch(string(code)); m != nil && !strings.Contains(rep.Failure.Input, m[1]) {
				t.Errorf("the input shown lacks %q:\n%.300s", m[1], rep.Failure.Input)
			}
			if want == judge.TimeLimitExceeded {
				if rep.LimitMS <= 0 || rep.TimeMS < rep.LimitMS || rep.Failure.Expected != "" {
					t.Errorf("time %v ms, limit %v ms, expected %.50q: want the stopped test's time past its limit, and no expected output", rep.TimeMS, rep.LimitMS, rep.Failure.Expected)
				}
			}
			if m := stdoutRE.FindStringSubmatch(string(code)); m != nil && !strings.Contains(rep.Failure.Stdout, m[1]) {
				t.Errorf("the output shown lacks %q:\n%s", m[1], rep.Failure.Stdout)
			}
			if m := stdoutLacksRE.FindStringSubmatch(string(code)); m != nil && strings.Contains(rep.Failure.Stdout, m[1]) {
				t.Errorf("the output shown has %q, printed by another test:\n%.300s", m[1], rep.Failure.Stdout)
			}
		})
	}
}

// TestFixtureCoverage checks every verdict has fixtures: with TestFixtures,
// each verdict is produced by at least one solution.
func TestFixtureCoverage(t *testing.T) {
	for _, v := range verdict.All() {
		files, _ := filepath.Glob(filepath.Join("../testdata/solutions", v.String(), "*.go"))
		if len(files) == 0 {
			t.Errorf("no fixture in testdata/solutions/%s", v)
		}
	}
}

// TestRunSamplesGoesOn checks that judge run's report lists every example
// with its answer even after one fails, and stops only when the program
// cannot reach any example.
func TestRunSamplesGoesOn(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the Go toolchain")
	}
	b, err := bank()
	if err != nil {
		t.Fatal(err)
	}
	type result struct {
		Verdict      judge.Verdict
		Passed       int
		Tests, Fails []string
		Verdicts     []judge.Verdict
		Outputs      []string
		Stdouts      []string
		Failure      string
	}
	for _, tc := range []struct {
		name, code string
		want       result
	}{
		{"a wrong answer, then the rest", `func twoSum(nums []int, target int) []int {
	fmt.Println("len", len(nums))
	if target == 9 {
		return []int{0, 0}
	}
	return []int{len(nums) - 2, len(nums) - 1}
}`, result{Verdict: judge.WrongAnswer, Passed: 2,
			Tests: []string{"example-1", "example-2", "example-3"}, Fails: []string{"example-1"},
			Verdicts: []judge.Verdict{judge.WrongAnswer, judge.Accepted, judge.Accepted},
			Outputs:  []string{"[0,0]", "[1,2]", "[0,1]"}, Stdouts: []string{"len 4", "len 3", "len 2"}, Failure: "example-1"}},
		{"a panic, then the rest", `func twoSum(nums []int, target int) []int {
	if target == 6 && len(nums) == 3 {
		panic("boom")
	}
	return []int{len(nums) - 2, len(nums) - 1}
}`, result{Verdict: judge.WrongAnswer, Passed: 1,
			Tests: []string{"example-1", "example-2", "example-3"}, Fails: []string{"example-1", "example-2"},
			Verdicts: []judge.Verdict{judge.WrongAnswer, judge.RuntimeError, judge.Accepted},
			Outputs:  []string{"[2,3]", "", "[0,1]"}, Stdouts: []string{"", "", ""}, Failure: "example-1"}},
		{"a failure before any example", `var _ = func() int { panic("init failed") }()

func twoSum(nums []int, target int) []int { return nil }`, result{Verdict: judge.RuntimeError,
			Tests: []string{"example-1"}, Fails: []string{"example-1"}, Verdicts: []judge.Verdict{judge.RuntimeError},
			Outputs: []string{""}, Stdouts: []string{""}, Failure: "example-1"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := testJudge().RunSamples(context.Background(), b["two-sum"], driver.Source{Name: "sol.go", Code: tc.code})
			if err != nil {
				t.Fatal(err)
			}
			got := result{Verdict: rep.Verdict, Passed: rep.Passed}
			if rep.Failure != nil {
				got.Failure = rep.Failure.Test
			}
			for _, c := range rep.Cases {
				got.Tests = append(got.Tests, c.Test)
				got.Verdicts = append(got.Verdicts, c.Verdict)
				got.Outputs = append(got.Outputs, c.Output)
				got.Stdouts = append(got.Stdouts, strings.TrimSpace(c.Stdout))
				if c.Failure != nil {
					got.Fails = append(got.Fails, c.Test)
				}
				if c.Passed == (c.Failure != nil) {
					t.Errorf("%s: passed %v with failure %+v", c.Test, c.Passed, c.Failure)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestRunInput checks judge run --input: the solution's answer beside the
// reference's on an input of the user's, and whether they agree under the
// problem's comparison.
func TestRunInput(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the Go toolchain")
	}
	b, err := bank()
	if err != nil {
		t.Fatal(err)
	}
	twoSum := `func twoSum(nums []int, target int) []int {
	fmt.Println("looking for", target)
	for i := range nums {
		for j := i + 1; j < len(nums); j++ {
			if nums[i]+nums[j] == target {
				return []int{j, i}
			}
		}
	}
	panic("no pair")
}`
	for _, tc := range []struct {
		name, slug, code, input string
		want                    judge.Custom
	}{
		{"agrees in any order", "two-sum", twoSum, `nums = [1,2], target = 3`,
			judge.Custom{Problem: "two-sum", Input: "nums = [1,2], target = 3", Expected: "[0,1]", Output: "[1,0]", Agree: true, Stdout: "looking for 3"}},
		{"differs", "two-sum", strings.Replace(twoSum, "[]int{j, i}", "[]int{i, i}", 1), `nums = [1,2], target = 3`,
			judge.Custom{Problem: "two-sum", Input: "nums = [1,2], target = 3", Expected: "[0,1]", Output: "[0,0]",
				Diff: "(a diff)", Stdout: "looking for 3"}},
		{"the solution panics", "two-sum", twoSum, `nums = [1,2], target = 30`,
			judge.Custom{Problem: "two-sum", Input: "nums = [1,2], target = 30", Expected: "null",
				Error: "panic: no pair\n\tat twoSum (sol.go:10)", Stdout: "looking for 30"}},
		{"the reference fails: an input outside the problem's guarantees", "kth-largest-element-in-an-array",
			`func findKthLargest(nums []int, k int) int { return nums[len(nums)-k] }`, `nums = [], k = 1`,
			judge.Custom{Problem: "kth-largest-element-in-an-array", Input: "nums = [], k = 1",
				ReferenceError: "panic: invalid argument to IntN", Error: "panic: runtime error: index out of range [-1]\n\tat findKthLargest (sol.go:1)"}},
		{"a checker accepts another right answer", "find-peak-element", `func findPeakElement(nums []int) int { return len(nums) - 1 }`, `nums = [1,3,2,4]`,
			judge.Custom{Problem: "find-peak-element", Input: "nums = [1,3,2,4]", Expected: "1", Output: "3", Agree: true}},
		{"a design problem names the operation", "lru-cache", `type LRUCache struct{ m map[int]int }

func Constructor(capacity int) LRUCache { return LRUCache{map[int]int{}} }

func (this *LRUCache) Get(key int) int {
	if v, ok := this.m[key]; ok {
		return v
	}
	return -1
}

func (this *LRUCache) Put(key int, value int) { this.m[key] = value }`,
			`operations = ["LRUCache","put","put","get"], arguments = [[1],[1,1],[2,2],[1]]`,
			judge.Custom{Problem: "lru-cache", Input: `operations = ["LRUCache","put","put","get"], arguments = [[1],[1,1],[2,2],[1]]`,
				Expected: "[null,null,null,-1]", Output: "[null,null,null,1]", Message: "op 3 get(1): expected -1, got 1"}},
		{"a compile error", "two-sum", `func twoSum(nums []int, target int) []int { x := 1; return nil }`, `nums = [1,2], target = 3`,
			judge.Custom{Problem: "two-sum", Input: "nums = [1,2], target = 3", Expected: "[0,1]", Error: "sol.go:1:45: declared and not used: x"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := map[string]json.RawMessage{}
			if err := problem.ParsePairs(tc.input, in); err != nil {
				t.Fatal(err)
			}
			got, err := testJudge().RunInput(context.Background(), b[tc.slug], driver.Source{Name: "sol.go", Code: tc.code}, in)
			if err != nil {
				t.Fatal(err)
			}
			// go-cmp's diffs are unstable by design, and the reference's
			// traceback is the reference's business.
			if got.Diff != "" {
				got.Diff = "(a diff)"
			}
			got.ReferenceError, _, _ = strings.Cut(got.ReferenceError, "\n")
			if diff := cmp.Diff(&tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestOutputsStdout checks Outputs keeps what the program printed on each
// input, past a panic that stops a run.
func TestOutputsStdout(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the Go toolchain")
	}
	b, err := bank()
	if err != nil {
		t.Fatal(err)
	}
	p := b["two-sum"]
	c, err := judge.Compile(context.Background(), p, driver.Source{Name: "sol.go", Code: `func twoSum(nums []int, target int) []int {
	fmt.Println("in", target)
	if target == 6 {
		panic("six")
	}
	return []int{0, 1}
}`})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var inputs []map[string]json.RawMessage
	for _, target := range []string{"9", "6", "10"} {
		inputs = append(inputs, map[string]json.RawMessage{"nums": json.RawMessage(`[1,2]`), "target": json.RawMessage(target)})
	}
	outs, err := testJudge().Outputs(context.Background(), c, inputs)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range outs {
		got = append(got, o.Stdout)
	}
	if diff := cmp.Diff([]string{"in 9", "in 6", "in 10"}, got); diff != "" {
		t.Errorf("stdout (-want +got):\n%s", diff)
	}
}
