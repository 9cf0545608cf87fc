package verify_test

import (
	"context"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/command"
	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/problems"
)

// scaleSource is the package the synthetic banks copy: a small one, so the
// test stays cheap, with a generator and mutants like any other.
const scaleSource = "merge-sorted-array"

// TestVerifyScales checks that `judge verify` costs in proportion to the
// bank: a bank ten times larger takes about ten times as long, not more.
// The banks are copies of one package under new slugs; each copy is built
// and calibrated afresh, since its slug is in every file the judge
// compiles and in its calibration's name. Both banks hold at least one
// package per CPU, so both keep every CPU busy, and the small one is
// measured before and after the large one, so that a machine growing
// busier or quieter in between shows as noise rather than as a trend.
func TestVerifyScales(t *testing.T) {
	if testing.Short() {
		t.Skip("verifies two dozen packages")
	}
	jobs := runtime.NumCPU()
	small, large := jobs, 10*jobs
	root := t.TempDir()
	n := 0
	bank := func(size int) []*problem.Problem {
		dir := filepath.Join(root, "bank-"+strconv.Itoa(n))
		for range size {
			n++
			if err := copyPackage(filepath.Join(dir, "scale-copy-"+strconv.Itoa(n))); err != nil {
				t.Fatal(err)
			}
		}
		ps, err := problem.LoadAll(os.DirFS(dir), ".")
		if err != nil || len(ps) != size {
			t.Fatalf("loaded %d of %d copies: %v", len(ps), size, err)
		}
		return ps
	}
	verify := func(ps []*problem.Problem) time.Duration {
		j := &judge.Judge{CacheDir: filepath.Join(root, "cache")}
		start := time.Now()
		if err := command.Verify(context.Background(), io.Discard, j, ps, jobs); err != nil {
			t.Fatalf("verify %d copies of %s: %v", len(ps), scaleSource, err)
		}
		return time.Since(start)
	}
	verify(bank(1)) // the build cache's packages are not what this measures
	s1 := verify(bank(small))
	l := verify(bank(large))
	s2 := verify(bank(small))
	s := (s1 + s2) / 2
	ratio := float64(l) / float64(s)
	t.Logf("%d CPUs: %d packages in %.1fs and %.1fs, %d in %.1fs: %.1fx the time for %dx the packages",
		jobs, small, s1.Seconds(), s2.Seconds(), large, l.Seconds(), ratio, large/small)
	if limit := 1.5 * float64(large/small); ratio > limit {
		t.Errorf("verifying %dx the packages took %.1fx the time; want at most %.0fx", large/small, ratio, limit)
	}
}

// copyPackage writes a copy of scaleSource into dir.
func copyPackage(dir string) error {
	src, err := fs.Sub(problems.FS(), scaleSource)
	if err != nil {
		return err
	}
	return fs.WalkDir(src, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		target := filepath.Join(dir, filepath.FromSlash(path))
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := fs.ReadFile(src, path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
}
