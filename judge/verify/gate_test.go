package verify

import (
	"testing"

	"github.com/judgehq/judge/judge/problem"
)

func TestMinHandTests(t *testing.T) {
	for _, tc := range []struct {
		all, samples, want int
	}{
		{0, 3, 15},   // the gate's number
		{8, 2, 6},    // every input of a small problem
		{100, 3, 15}, // many inputs: the gate again
		{2, 3, 0},
	} {
		p := &problem.Problem{AllInputs: tc.all}
		if got := minHandTests(p, BankGate, tc.samples); got != tc.want {
			t.Errorf("all_inputs %d, %d samples: %d hand tests wanted, want %d", tc.all, tc.samples, got, tc.want)
		}
	}
}
