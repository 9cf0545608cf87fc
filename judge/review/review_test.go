package review

import (
	"context"
	"strings"
	"testing"

	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/driver"
	"github.com/judgehq/judge/judge/problem"
)

const twoSumCode = `func twoSum(nums []int, target int) []int {
	seen := map[int]int{}
	for i, v := range nums {
		if j, ok := seen[target-v]; ok {
			return []int{j, i}
		}
		seen[v] = i
	}
	return nil
}
`

// exampleSets grow one example at a time: each holds the one before.
var twoSumExamples = []string{
	"// example: nums = [2,7,11,15], target = 9 -> [0,1]",
	"// example: nums = [1,5,3], target = 6 -> [0,1]",
	"// example: nums = [3,2,4], target = 6 -> [1,2]",
	"// example: nums = [3,3], target = 6 -> [0,1]",
	"// example: nums = [5,1,2,4], target = 3 -> [1,2]",
}

func reviewOf(t *testing.T, j *judge.Judge, slug, code string) *Review {
	t.Helper()
	p := bankProblem(t, slug)
	src := driver.Source{Name: "solution.go", Code: code}
	ctx := context.Background()
	rep, err := j.Submit(ctx, p, src)
	if err != nil {
		t.Fatal(err)
	}
	r, err := Run(ctx, j, Input{Problem: p, Source: src, Report: rep})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestMoreExamplesCatchNoFewer: an example set that holds another never
// catches fewer of the problem's mutants.
func TestMoreExamplesCatchNoFewer(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs programs")
	}
	j := &judge.Judge{CacheDir: t.TempDir()}
	caught, total := -1, -1
	for k := 0; k <= len(twoSumExamples); k++ {
		code := strings.Join(twoSumExamples[:k], "\n") + "\n" + twoSumCode
		r := reviewOf(t, j, "two-sum", code)
		if total >= 0 && r.MutantsTotal != total {
			t.Fatalf("%d examples: %d mutants in all, before %d", k, r.MutantsTotal, total)
		}
		if r.MutantsCaught < caught {
			t.Errorf("%d examples catch %d mutants; the first %d caught %d", k, r.MutantsCaught, k-1, caught)
		}
		if r.MutantsCaught+len(r.Missed) != r.MutantsTotal {
			t.Errorf("%d examples: %d caught and %d missed of %d", k, r.MutantsCaught, len(r.Missed), r.MutantsTotal)
		}
		caught, total = r.MutantsCaught, r.MutantsTotal
	}
	if caught != total || total == 0 {
		t.Errorf("all examples catch %d of %d mutants; the set was made to catch every one", caught, total)
	}
}

// TestWrongExpectedIsFlagged: an expected output the reference disagrees
// with is shown with the answer, and counts for no mutant.
func TestWrongExpectedIsFlagged(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs programs")
	}
	j := &judge.Judge{CacheDir: t.TempDir()}
	code := "// example: nums = [3,3], target = 6 -> [0,0]\n// example: nums = [3,2,4], target = 6 -> [1,2]\n// time: O(n^2)\n" + twoSumCode
	r := reviewOf(t, j, "two-sum", code)
	if len(r.Examples) != 2 {
		t.Fatalf("examples: %+v", r.Examples)
	}
	wrong, right := r.Examples[0], r.Examples[1]
	if !wrong.Valid || wrong.Correct || wrong.Answer != "[0,1]" {
		t.Errorf("wrong example: %+v; want valid, not correct, answer [0,1]", wrong)
	}
	if wrong.Passed {
		t.Errorf("the solution returns [0,1], not the [0,0] expected: passed must be false")
	}
	if !right.Valid || !right.Correct || !right.Passed {
		t.Errorf("right example: %+v", right)
	}
	c := r.Complexity
	if c.MeasuredTime != "O(n) or O(n log n)" || c.Agrees {
		t.Errorf("complexity %+v: want measured O(n) or O(n log n), not agreeing with the declared O(n^2)", c)
	}
	if len(c.Flags) == 0 || !strings.Contains(strings.Join(c.Flags, "\n"), "O(n^2)") {
		t.Errorf("flags %q do not name the declared O(n^2)", c.Flags)
	}
}

func TestNoExamplesSaysSo(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs programs")
	}
	j := &judge.Judge{CacheDir: t.TempDir()}
	r := reviewOf(t, j, "two-sum", twoSumCode)
	if r.MutantsCaught != 0 || len(r.Missed) != r.MutantsTotal || r.MutantsTotal == 0 {
		t.Errorf("no examples: %d caught, missed %q of %d", r.MutantsCaught, r.Missed, r.MutantsTotal)
	}
	if !strings.Contains(strings.Join(r.Notes, "\n"), "no examples") {
		t.Errorf("notes %q do not say there are no examples", r.Notes)
	}
	if len(r.Followups) < 2 {
		t.Errorf("follow-ups: %q", r.Followups)
	}
}

// TestReviewRunsTheCallersProgram: a review given the candidate's program
// compiled runs it, instead of building the source again.
func TestReviewRunsTheCallersProgram(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs programs")
	}
	j := &judge.Judge{CacheDir: t.TempDir()}
	p := bankProblem(t, "two-sum")
	ctx := context.Background()
	example := twoSumExamples[0] + "\n"
	src := driver.Source{Name: "solution.go", Code: example + twoSumCode}
	// The program is another solution's, which answers [1,0] (right in
	// any order): the review shows its answer, not the source's [0,1].
	other := driver.Source{Name: "solution.go", Code: example + strings.Replace(twoSumCode, "[]int{j, i}", "[]int{i, j}", 1)}
	rep, prog, err := j.SubmitCompiled(ctx, p, other)
	if err != nil {
		t.Fatal(err)
	}
	defer prog.Close()
	r, err := Run(ctx, j, Input{Problem: p, Source: src, Report: rep, Program: prog})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Examples) != 1 || r.Examples[0].Actual != "[1,0]" {
		t.Errorf("examples %+v, want the given program's answer [1,0]", r.Examples)
	}
	// The caller's program is the caller's to close: it still runs.
	if again, err := j.Run(ctx, prog, mustCalibrate(t, j, p)); err != nil || again.Verdict != rep.Verdict {
		t.Errorf("after the review the program ran to %+v, %v; before, %s", again, err, rep.Verdict)
	}
}

func mustCalibrate(t *testing.T, j *judge.Judge, p *problem.Problem) *judge.Calibration {
	t.Helper()
	cal, err := j.Calibrate(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	return cal
}
