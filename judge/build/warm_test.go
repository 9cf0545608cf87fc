package build_test

import (
	"context"
	"slices"
	"testing"

	"github.com/judgehq/judge/judge/build"
	"github.com/judgehq/judge/judge/driver"
)

func TestWarm(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the Go toolchain")
	}
	t.Setenv("JUDGE_CACHE", t.TempDir())
	pkgs := driver.AutoImports()
	if !slices.IsSorted(pkgs) || !slices.Contains(pkgs, "container/heap") {
		t.Fatalf("AutoImports() = %v, want a sorted list with container/heap", pkgs)
	}
	if err := build.Warm(context.Background(), pkgs); err != nil {
		t.Fatal(err)
	}
	if err := build.Warm(context.Background(), []string{"example.com/not/std"}); err == nil {
		t.Error("Warm of a package outside the standard library succeeded")
	}
}
