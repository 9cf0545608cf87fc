package verify_test

import (
	"context"
	"testing"

	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/judge/verify"
	"github.com/judgehq/judge/problems"
)

// timingSample is the part of the bank whose time limits CI checks on
// every run: one problem per kind of large test (generated arrays, a deep
// recursion, a design class's operations) with a time-limit mutant each.
// `judge verify --timing` checks them all.
var timingSample = []string{
	"kth-largest-element-in-an-array",
	"product-of-array-except-self",
	"time-based-key-value-store",
}

// TestTimeLimitsHold runs the timing check on the sample, calibrating
// afresh on this machine as a user's first submit does: the reference is
// accepted in 20 of 20 runs with the other cores busy, and every mutant
// declaring time_limit_exceeded gets it in 20 of 20. Each program is
// compiled once and run 20 times.
func TestTimeLimitsHold(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the Go toolchain and about a minute of judged runs")
	}
	bank := loadBank(t)
	j := &judge.Judge{CacheDir: t.TempDir()}
	for _, slug := range timingSample {
		p := bank[slug]
		if p == nil {
			t.Fatalf("%s is not in the bank", slug)
		}
		t.Run(slug, func(t *testing.T) {
			tm := verify.CheckTiming(context.Background(), j, p, verify.TimingRuns)
			t.Logf("reference %s", &tm.Reference)
			for i := range tm.Mutants {
				t.Logf("mutant %s", &tm.Mutants[i])
			}
			if len(tm.Mutants) == 0 {
				t.Errorf("no mutant declares time_limit_exceeded: the sample should check one")
			}
			for _, f := range tm.Findings {
				t.Error(f)
			}
		})
	}
}

func loadBank(t *testing.T) map[string]*problem.Problem {
	t.Helper()
	m, err := problems.BySlug()
	if err != nil {
		t.Fatal(err)
	}
	return m
}
