package review

import (
	"strings"
	"testing"

	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/complexity"
)

// growth is a measurement of times perElem[i]·n^power on doubling n from
// 65536, classified as Measure would.
func growth(perElem []float64, power int) *judge.Growth {
	g := &judge.Growth{}
	for i, c := range perElem {
		n := 65536 << i
		t := c * float64(n)
		for range power - 1 {
			t *= float64(n) / 65536
		}
		g.Rungs = append(g.Rungs, complexity.Rung{N: n, NS: int64(t)})
	}
	g.Measurement = complexity.Classify(g.Rungs, 0)
	return g
}

// TestRelativeGrowth: a solution that reads worse than expected is judged
// against the reference measured beside it only when the reference reads
// worse too, and passes only if it grows as the reference does.
func TestRelativeGrowth(t *testing.T) {
	steady := []float64{1.5, 1.5, 1.6, 1.6}
	busy := []float64{1.5, 2, 3.5, 5} // the caches left behind, other work
	linear := complexity.Linear
	for _, tc := range []struct {
		name      string
		mine, ref *judge.Growth
		pass      bool
	}{
		{"a busy machine slows both alike", growth(busy, 1), growth(busy, 1), true},
		{"the reference reads as expected: the solution's class stands", growth(busy, 1), growth(steady, 1), false},
		{"quadratic beside a busy reference", growth(busy, 2), growth(busy, 1), false},
	} {
		if tc.mine.Class <= linear {
			t.Fatalf("%s: the fixture's solution should read worse than linear, got %s", tc.name, tc.mine.Class)
		}
		got := relativeGrowth(tc.mine, tc.ref, linear)
		if pass := got != ""; pass != tc.pass {
			t.Errorf("%s: relativeGrowth = %q; want passing %v", tc.name, got, tc.pass)
		}
		if tc.pass && !strings.Contains(got, "the reference read O(n^2)") {
			t.Errorf("%s: %q does not say what the reference read", tc.name, got)
		}
	}
	stopped := growth(busy, 1)
	stopped.Stopped = "n=524288 ran past 2s on the clock and was stopped"
	if got := relativeGrowth(growth(busy, 1), stopped, linear); got != "" {
		t.Errorf("against a stopped reference: %q, want no judgement", got)
	}
}
