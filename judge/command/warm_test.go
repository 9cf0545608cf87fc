package command

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/build"
	"github.com/judgehq/judge/judge/driver"
	"github.com/judgehq/judge/judge/problem"
)

// TestWarmFillsBuildCache runs the warm-up `judge start` launches on an
// empty build cache: afterwards no package a solution may use without
// importing it is left to compile, so the first submit only builds the
// user's file.
func TestWarmFillsBuildCache(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the standard library")
	}
	t.Setenv("GOCACHE", t.TempDir())
	t.Setenv("JUDGE_CACHE", t.TempDir())
	ctx := context.Background()
	std := driver.AutoImports()
	cold, err := build.Cold(ctx, std)
	if err != nil {
		t.Fatal(err)
	}
	if len(cold) != len(std) {
		t.Fatalf("an empty build cache holds %d of %d packages", len(std)-len(cold), len(std))
	}
	b, err := LoadBank(nil)
	if err != nil {
		t.Fatal(err)
	}
	p, err := b.Find("two-sum")
	if err != nil {
		t.Fatal(err)
	}
	var log bytes.Buffer
	if err := Warm(ctx, &log, &judge.Judge{}, []*problem.Problem{p}); err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{"warm two-sum in ", "warm standard library in "} {
		if !strings.Contains(log.String(), line) {
			t.Errorf("warm's log lacks %q:\n%s", line, log.String())
		}
	}
	if cold, err = build.Cold(ctx, std); err != nil || len(cold) > 0 {
		t.Errorf("after the warm-up these still compile on first use: %v (%v)", cold, err)
	}
	// The review's ladder is cached: the first review reads it.
	if lads, _ := filepath.Glob(filepath.Join(os.Getenv("JUDGE_CACHE"), "ladder", "two-sum-*.lad")); len(lads) != 1 {
		t.Errorf("after the warm-up the cache holds %d ladders of two-sum, want 1", len(lads))
	}
}
