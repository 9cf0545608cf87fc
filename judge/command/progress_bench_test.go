package command

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/judgehq/judge/judge/progress/progresstest"
	"github.com/judgehq/judge/judge/session"
)

// BenchmarkProgressCommands runs `judge stats` and `judge next` on a
// history file of 10,000 attempts over the embedded bank, each keeping
// the code judged (a 1.5 KB solution): reading the history, loading the
// bank and its plans, deriving and rendering, as the commands do.
func BenchmarkProgressCommands(b *testing.B) {
	bank, err := LoadBank(nil)
	if err != nil {
		b.Fatal(err)
	}
	code := strings.Repeat("\tfor i := 0; i < len(nums); i++ { seen[nums[i]] = i }\n", 28)
	records := progresstest.History(bank.All(), 10_000, 1, code)
	dir := b.TempDir()
	var sb strings.Builder
	for i := range records {
		line, err := records[i].MarshalLine()
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(line)
	}
	if err := os.WriteFile(filepath.Join(dir, session.HistoryFile), []byte(sb.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	b.Logf("history: %d records, %.1f MB", len(records), float64(sb.Len())/1e6)
	now := records[len(records)-1].Ended.Add(time.Hour)
	env := &Env{
		Store: &session.Store{Dir: dir},
		Now:   func() time.Time { return now },
		// A fresh bank each time, as each command starts with one.
		Bank: func([]string) (*Bank, error) { return LoadBank(nil) },
	}
	b.Run("stats", func(b *testing.B) {
		progresstest.ReportCPU(b, func() {
			if err := Stats(io.Discard, env, StatsOptions{Width: 100}); err != nil {
				b.Fatal(err)
			}
		})
	})
	b.Run("stats-json", func(b *testing.B) {
		progresstest.ReportCPU(b, func() {
			if err := Stats(io.Discard, env, StatsOptions{JSON: true}); err != nil {
				b.Fatal(err)
			}
		})
	})
	b.Run("next", func(b *testing.B) {
		progresstest.ReportCPU(b, func() {
			if err := Next(io.Discard, env, NextOptions{Limit: 5}); err != nil {
				b.Fatal(err)
			}
		})
	})
}
