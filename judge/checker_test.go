package judge_test

import (
	"context"
	"crypto/sha256"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/driver"
	"github.com/judgehq/judge/judge/problem"
)

func checkerProblem(t *testing.T, checker string) *problem.Problem {
	t.Helper()
	fsys := os.DirFS("testdata/checker")
	p, err := problem.Load(fsys, "any-pair")
	if err != nil {
		t.Fatal(err)
	}
	if checker != "" {
		p.CheckerSource = checker
		p.Hash += fmt.Sprintf("-%x", sha256.Sum256([]byte(checker)))[:9] // a checker of its own in the cache
	}
	return p
}

// TestPackageChecker judges with a problem's own checker.go: any right
// answer passes (not only the expected one), a wrong one gets the
// checker's reason, and the first wrong answer is the failure even when
// the run met trouble later.
func TestPackageChecker(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the Go toolchain")
	}
	p := checkerProblem(t, "")
	for _, tc := range []struct {
		name, code string
		want       judge.Verdict
		msg        string
		passed     int
	}{
		{"reference", p.Solution, judge.Accepted, "", 3},
		{"another right pair", "func anyPair(nums []int, target int) []int {\n\tfor i := len(nums) - 1; i >= 0; i-- {\n\t\tfor j := len(nums) - 1; j > i; j-- {\n\t\t\tif nums[i]+nums[j] == target {\n\t\t\t\treturn []int{i, j}\n\t\t\t}\n\t\t}\n\t}\n\treturn nil\n}\n", judge.Accepted, "", 3},
		{"wrong sum", "func anyPair(nums []int, target int) []int { return []int{0, 1} }\n", judge.WrongAnswer, "nums[0] + nums[1] = 3, not 5", 0},
		{"wrong, then a panic", "var calls int\n\nfunc anyPair(nums []int, target int) []int {\n\tcalls++\n\tif calls == 2 {\n\t\treturn []int{1, 0}\n\t}\n\tif calls == 3 {\n\t\tpanic(\"late\")\n\t}\n\treturn []int{1, 2}\n}\n", judge.WrongAnswer, "are not two indices", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := testJudge().Submit(context.Background(), p, driver.Source{Name: "solution.go", Code: tc.code})
			if err != nil {
				t.Fatal(err)
			}
			if rep.Verdict != tc.want || rep.Passed != tc.passed {
				t.Fatalf("%s, %d passed; want %s, %d (failure %+v)", rep.Verdict, rep.Passed, tc.want, tc.passed, rep.Failure)
			}
			if tc.msg != "" && (rep.Failure == nil || !strings.Contains(rep.Failure.Message, tc.msg)) {
				t.Errorf("failure %+v; want the checker's %q", rep.Failure, tc.msg)
			}
		})
	}
}

// TestPackageCheckerFails: a checker that crashes or does not compile is
// the judge's error, never a verdict against the solution.
func TestPackageCheckerFails(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the Go toolchain")
	}
	for name, checker := range map[string]string{
		"panics":           "func check(nums []int, target int, want, got []int) string { panic(\"checker bug\") }\n",
		"does not compile": "func check(nums []int, target int, want, got []int) string { return 1 }\n",
	} {
		t.Run(name, func(t *testing.T) {
			p := checkerProblem(t, checker)
			rep, err := testJudge().Submit(context.Background(), p, driver.Source{Name: "solution.go", Code: p.Solution})
			if err == nil || !strings.Contains(err.Error(), "checker.go failed") {
				t.Fatalf("got report %+v, error %v; want the checker's failure as the judge's error", rep, err)
			}
		})
	}
}
