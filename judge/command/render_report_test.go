package command

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/fatih/color"
	"github.com/google/go-cmp/cmp"
	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/problem"
)

var update = flag.Bool("update", false, "rewrite the golden files")

var sampleReports = map[string]*judge.Report{
	"accepted": {Problem: "two-sum", Verdict: judge.Accepted, Passed: 21, Total: 21, TimeMS: 3.2, MemoryKB: 7800,
		Complexity: &problem.Complexity{Time: "O(n)", Space: "O(n)"}},
	"wrong-answer": {Problem: "two-sum", Verdict: judge.WrongAnswer, Passed: 3, Total: 21, TimeMS: 0.4, MemoryKB: 6900,
		Failure: &judge.Failure{
			Test: "negatives", Input: "nums = [-3,4,3,90], target = 0", Expected: "[0,2]", Actual: "[0,0]",
			Diff:   "  []int{\n  \t0,\n- \t2,\n+ \t0,\n  }",
			Stdout: "seen map[-3:0]\n",
		},
		Complexity: &problem.Complexity{Time: "O(n)", Space: "O(n)"}},
	"runtime-error": {Problem: "two-sum", Verdict: judge.RuntimeError, Passed: 0, Total: 21, MemoryKB: 6900,
		Failure: &judge.Failure{
			Test: "example-1", Input: "nums = [2,7,11,15], target = 9", Expected: "[0,1]",
			Message: "panic: runtime error: index out of range [4] with length 4\n\tat twoSum (sol.go:7)",
		}},
	"compile-error": {Problem: "two-sum", Verdict: judge.CompileError, Total: 21,
		Failure:    &judge.Failure{Message: "sol.go:4:2: declared and not used: x"},
		Complexity: &problem.Complexity{Time: "O(n)", Space: "O(n)"}},
	"run-examples": runExamples,
	"time-limit": {Problem: "daily-temperatures", Verdict: judge.TimeLimitExceeded, Passed: 24, Total: 29, TimeMS: 1268.4, LimitMS: 214, MemoryKB: 12000,
		Failure: &judge.Failure{Test: "large-flat", Input: "temperatures: 100000 ints",
			Message: "the test ran past its limit of 214 ms and was stopped"}},
	"wrong-answer-long": {Problem: "daily-temperatures", Verdict: judge.WrongAnswer, Passed: 22, Total: 29, TimeMS: 31.5, MemoryKB: 14000,
		Failure: &judge.Failure{Test: "large-random", Input: "temperatures: 100000 ints",
			Expected: "[1,1,4,2,1,1,0,... (200001 bytes in all)", Actual: "[1,1,4,2,1,1,0,... (200001 bytes in all)",
			Message: "the first difference is at index 53211: expected 12, got 11",
			Difference: &judge.Window{Index: []int{53211}, From: 53206, Expected: "[1,2,1,1,5,12,1,1,3,1,2]", Actual: "[1,2,1,1,5,11,1,1,3,1,2]",
				ExpectedLength: 100000, ActualLength: 100000}}},
	"wrong-answer-design": {Problem: "lru-cache", Verdict: judge.WrongAnswer, Passed: 0, Total: 24, TimeMS: 0.1, MemoryKB: 6900,
		Failure: &judge.Failure{Test: "example-1",
			Input:    `operations = ["LRUCache","put","put","get","put","get","put","get","get","get"], arguments = [[2],[1,1],[2,2],[1],[3,3],[2],[4,4],[1],[3],[4]]`,
			Expected: "[null,null,null,1,null,-1,null,-1,3,4]", Actual: "[null,null,null,1,null,2,null,1,3,4]",
			Message:   "op 5 get(2): expected -1, got 2",
			Operation: &judge.Operation{Index: 5, Name: "get", Arguments: "[2]", Expected: "-1", Actual: "2"}}},
}

// runExamples is judge run's report on examples of which the second
// fails and the third passes after it.
var runExamples = func() *judge.Report {
	failure := &judge.Failure{
		Test: "example-2", Input: "nums = [3,2,4], target = 6", Expected: "[1,2]", Actual: "[0,0]",
		Diff:   "  []int{\n- \t1,\n- \t2,\n+ \t0,\n+ \t0,\n  }",
		Stdout: "looking at [3 2 4]\n",
	}
	return &judge.Report{Problem: "two-sum", Verdict: judge.WrongAnswer, Passed: 2, Total: 3, TimeMS: 0.1, MemoryKB: 3100,
		Cases: []judge.Case{
			{Test: "example-1", Input: "nums = [2,7,11,15], target = 9", Output: "[0,1]", Stdout: "looking at [2 7 11 15]\n", Passed: true},
			{Test: "example-2", Input: failure.Input, Output: failure.Actual, Stdout: failure.Stdout, Verdict: judge.WrongAnswer, Failure: failure},
			{Test: "example-3", Input: "nums = [3,3], target = 6", Output: "[0,1]", Stdout: "looking at [3 3]\n", Passed: true},
		},
		Failure:    failure,
		Complexity: &problem.Complexity{Time: "O(n)", Space: "O(n)"}}
}()

// TestRenderGolden checks the terminal report against testdata/golden;
// `go test ./judge/command -update` rewrites them after an intended change.
func TestRenderGolden(t *testing.T) {
	color.NoColor = true
	for name, rep := range sampleReports {
		t.Run(name, func(t *testing.T) {
			var text bytes.Buffer
			renderReport(&text, rep)
			js, err := json.MarshalIndent(rep, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden(t, name+".txt", text.Bytes())
			golden(t, name+".json", append(js, '\n'))
		})
	}
}

var sampleCustoms = map[string]*judge.Custom{
	"custom-agrees": {Problem: "two-sum", Input: "nums = [1,2], target = 3", Expected: "[0,1]", Output: "[1,0]", Agree: true, Stdout: "looking for 3\n"},
	"custom-differs": {Problem: "lru-cache", Input: `operations = ["LRUCache","put","put","get"], arguments = [[1],[1,1],[2,2],[1]]`,
		Expected: "[null,null,null,-1]", Output: "[null,null,null,1]", Message: "op 3 get(1): expected -1, got 1"},
	"custom-invalid": {Problem: "kth-largest-element-in-an-array", Input: "nums = [], k = 1",
		ReferenceError: "panic: invalid argument to IntN", Error: "panic: runtime error: index out of range [-1]\n\tat findKthLargest (sol.go:1)"},
}

// TestRenderCustomGolden checks judge run --input's report against
// testdata/golden, as TestRenderGolden does.
func TestRenderCustomGolden(t *testing.T) {
	color.NoColor = true
	for name, c := range sampleCustoms {
		t.Run(name, func(t *testing.T) {
			var text bytes.Buffer
			renderCustom(&text, c)
			js, err := json.MarshalIndent(c, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden(t, name+".txt", text.Bytes())
			golden(t, name+".json", append(js, '\n'))
		})
	}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./judge/command -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s (-want +got):\n%s", name, diff)
	}
}
