package judge_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/driver"
)

// TestOutputsGoOnPastFailures: a panic, a hang and a bad input each fail
// their own input only; the answers around them still come.
func TestOutputsGoOnPastFailures(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the Go toolchain")
	}
	b, err := bank()
	if err != nil {
		t.Fatal(err)
	}
	p := b["two-sum"]
	code := `func twoSum(nums []int, target int) []int {
	switch nums[0] {
	case 99:
		panic("ninety-nine")
	case 77:
		for {
		}
	}
	return []int{0, len(nums) - 1}
}
`
	c, err := judge.Compile(context.Background(), p, driver.Source{Name: "sol.go", Code: code})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	in := func(nums, target string) map[string]json.RawMessage {
		return map[string]json.RawMessage{"nums": json.RawMessage(nums), "target": json.RawMessage(target)}
	}
	outs, err := testJudge().Outputs(context.Background(), c, []map[string]json.RawMessage{
		in("[1,2]", "3"),
		in("[99,1]", "100"),
		in("[4,5,6]", "10"),
		in("[77,1]", "78"),
		in(`"not a list"`, "1"),
		in("[7,8]", "15"),
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []struct{ out, failed string }{
		{out: "[0,1]"},
		{failed: "panic: ninety-nine"},
		{out: "[0,2]"},
		{failed: "ran past"},
		{failed: "decoding input"},
		{out: "[0,1]"},
	} {
		got := outs[i]
		if want.out != "" && string(got.Out) != want.out {
			t.Errorf("input %d: answer %s (%s), want %s", i, got.Out, got.Failed, want.out)
		}
		if want.failed != "" && !strings.Contains(got.Failed, want.failed) {
			t.Errorf("input %d: failure %q, want one with %q", i, got.Failed, want.failed)
		}
	}
	if !outs[4].BadInput || outs[1].BadInput {
		t.Errorf("bad input flags: %v for the bad input, %v for the panic", outs[4].BadInput, outs[1].BadInput)
	}
}
