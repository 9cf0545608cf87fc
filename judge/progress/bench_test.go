package progress

import (
	"testing"
	"time"

	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/judge/progress/progresstest"
	"github.com/judgehq/judge/problems"
)

// BenchmarkStatsAndNext derives `judge stats` and `judge next` from a
// history of 10,000 attempts over the embedded bank (the records already
// read: judge/command's benchmark adds reading the file).
func BenchmarkStatsAndNext(b *testing.B) {
	bank, err := problems.Load()
	if err != nil {
		b.Fatal(err)
	}
	all, err := problems.Plans()
	if err != nil {
		b.Fatal(err)
	}
	var plans []problem.Plan
	for _, p := range all {
		r, _ := p.Resolve(bank)
		plans = append(plans, r)
	}
	records := progresstest.History(bank, 10_000, 1, "")
	in := Input{Records: records, Bank: bank, Plans: plans, Now: records[len(records)-1].Ended.Add(time.Hour)}
	b.ReportAllocs()
	progresstest.ReportCPU(b, func() {
		ComputeStats(in)
		if len(Next(in, plans[1], 5)) == 0 {
			b.Fatal("next is empty")
		}
	})
}
