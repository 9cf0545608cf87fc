package judge_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/driver"
	"github.com/judgehq/judge/judge/sandbox"
)

// TestNoProcessLeft runs a solution that starts a detached process of its
// own (a new session, out of its process group) and then hangs: once the
// verdict is in, nothing it started may still run.
func TestNoProcessLeft(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the Go toolchain")
	}
	b, err := bank()
	if err != nil {
		t.Fatal(err)
	}
	const marker = "4242.4242" // an unusual sleep length to find it by
	code := `func twoSum(nums []int, target int) []int {
	cmd := exec.Command("sleep", "` + marker + `")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	if err := cmd.Start(); err != nil {
		panic(err)
	}
	for {
	}
}
`
	code = "import (\n\t\"os/exec\"\n\t\"syscall\"\n)\n\n" + code
	rep, err := testJudge().Submit(context.Background(), b["two-sum"], driver.Source{Name: "escape.go", Code: code})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Verdict != judge.TimeLimitExceeded {
		t.Errorf("verdict %s, want time_limit_exceeded (failure %+v)", rep.Verdict, rep.Failure)
	}
	if !strings.HasPrefix(sandbox.Isolation(), "user, PID") {
		// Without a PID namespace a process that calls setsid escapes the
		// group kill; the fallback's known weakness.
		pkill(marker)
		t.Skip("namespaces unavailable: " + sandbox.Isolation())
	}
	procs, _ := filepath.Glob("/proc/[0-9]*/cmdline")
	for _, p := range procs {
		b, err := os.ReadFile(p)
		if err == nil && strings.Contains(string(b), marker) {
			t.Errorf("a process the solution started survived the judge: %s: %q", filepath.Dir(p), b)
		}
	}
}

// pkill kills the processes whose command line holds marker.
func pkill(marker string) {
	procs, _ := filepath.Glob("/proc/[0-9]*/cmdline")
	for _, p := range procs {
		if b, err := os.ReadFile(p); err == nil && strings.Contains(string(b), marker) {
			if pid, err := strconv.Atoi(filepath.Base(filepath.Dir(p))); err == nil {
				syscall.Kill(pid, syscall.SIGKILL)
			}
		}
	}
}
