package bench

import (
	"context"
	"os/exec"
	"testing"
)

// TestRunVerdict: the verdict's time is that of the first output, within
// the command's, and a command that prints nothing has no verdict.
func TestRunVerdict(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	v, total, err := runVerdict(context.Background(), t.TempDir(), nil, sh, "-c", "echo verdict; sleep 0.2; echo review")
	if err != nil {
		t.Fatal(err)
	}
	if v <= 0 || v > total {
		t.Errorf("verdict at %v of %v", v, total)
	}
	if _, _, err := runVerdict(context.Background(), t.TempDir(), nil, sh, "-c", "true"); err == nil {
		t.Error("a command that printed nothing gave a verdict time")
	}
	if _, _, err := runVerdict(context.Background(), t.TempDir(), nil, sh, "-c", "echo x; exit 3"); err == nil {
		t.Error("a failing command gave a verdict time")
	}
}
