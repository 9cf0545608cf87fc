//go:build unix

package command

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestInterrupt builds the judge, has it judge a solution that never
// ends, and sends SIGINT (Ctrl-C) while the solution runs: the judge must
// stop it, say the run was interrupted, and exit with status 130, leaving
// no process and no temporary folder behind.
func TestInterrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the Go toolchain")
	}
	bin, err := judgeBin()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	sol := filepath.Join(dir, "spin.go")
	code := "func twoSum(nums []int, target int) []int {\n\tfor {\n\t}\n}\n"
	if err := os.WriteFile(sol, []byte(code), 0o644); err != nil {
		t.Fatal(err)
	}
	tmp := filepath.Join(dir, "tmp")
	if err := os.Mkdir(tmp, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "submit", "--problem", "two-sum", sol)
	cmd.Env = append(os.Environ(), "JUDGE_HOME="+filepath.Join(dir, "home"), "TMPDIR="+tmp, "JUDGE_NO_WARM=1", "JUDGE_NO_WATCH=1", "NO_COLOR=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// The solution runs once its run folder exists (after calibrating the
	// reference, which has its own).
	deadline := time.Now().Add(60 * time.Second)
	for {
		runs, _ := filepath.Glob(filepath.Join(tmp, "judge-run-*"))
		builds, _ := filepath.Glob(filepath.Join(tmp, "judge-build-*"))
		if len(runs) == 1 && len(builds) == 1 {
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("the solution never started: %s", stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(200 * time.Millisecond)
	start := time.Now()
	cmd.Process.Signal(syscall.SIGINT)
	err = cmd.Wait()
	took := time.Since(start)
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != ExitInterrupted {
		t.Errorf("exit %v, want status %d", err, ExitInterrupted)
	}
	if !strings.Contains(stderr.String(), "interrupted") {
		t.Errorf("stderr does not say the run was interrupted: %q", stderr.String())
	}
	if took > 5*time.Second {
		t.Errorf("the judge took %s to stop", took)
	}
	left, _ := filepath.Glob(filepath.Join(tmp, "judge-*"))
	if len(left) > 0 {
		t.Errorf("left behind: %v", left)
	}
	// The solution's binary was in tmp: no process may still run it.
	exes, _ := filepath.Glob("/proc/[0-9]*/exe")
	for _, e := range exes {
		if target, err := os.Readlink(e); err == nil && strings.HasPrefix(target, tmp) {
			t.Errorf("%s still runs %s", filepath.Dir(e), target)
		}
	}
	t.Logf("stopped %d ms after SIGINT: %s", took.Milliseconds(), strings.TrimSpace(stderr.String()))
}
