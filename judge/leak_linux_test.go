package judge_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/driver"
	"github.com/judgehq/judge/judge/sandbox"
)

// isolationModes are the sandbox's configurations, strongest first: what
// the machine grants, then each fallback down to a process group alone.
var isolationModes = []struct {
	name string
	env  []string
}{
	{"full", nil},
	{"no-namespaces", []string{"JUDGE_NO_NAMESPACES"}},
	{"namespaces-without-seccomp", []string{"JUDGE_NO_SECCOMP", "JUDGE_NO_LANDLOCK"}},
	{"process-group-only", []string{"JUDGE_NO_NAMESPACES", "JUDGE_NO_SECCOMP", "JUDGE_NO_LANDLOCK"}},
}

// inMode runs f once per isolation mode, with that mode's switches set.
func inMode(t *testing.T, f func(t *testing.T)) {
	for _, m := range isolationModes {
		t.Run(m.name, func(t *testing.T) {
			for _, k := range []string{"JUDGE_NO_NAMESPACES", "JUDGE_NO_SECCOMP", "JUDGE_NO_LANDLOCK"} {
				t.Setenv(k, "")
			}
			for _, k := range m.env {
				t.Setenv(k, "1")
			}
			f(t)
		})
	}
}

// TestNoProcessLeft runs, in every isolation mode, a solution that starts
// a copy of itself in a new session (out of its process group; the copy
// sleeps) and then hangs: once the verdict is in, nothing it started may
// still run. Where the sandbox refuses new processes the solution fails to
// start one; elsewhere it must start it, and the judge must kill it.
func TestNoProcessLeft(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the Go toolchain")
	}
	b, err := bank()
	if err != nil {
		t.Fatal(err)
	}
	const marker = "judge-leak-marker-4242"
	code := `import (
	"os"
	"syscall"
	"time"
)

func init() {
	if os.Args[0] == "` + marker + `" {
		time.Sleep(time.Hour)
	}
}

func twoSum(nums []int, target int) []int {
	exe := "/proc/self/exe"
	if _, err := os.Stat("/prog"); err == nil {
		exe = "/prog"
	}
	_, err := syscall.ForkExec(exe, []string{"` + marker + `"}, &syscall.ProcAttr{Sys: &syscall.SysProcAttr{Setsid: true}})
	if err != nil {
		panic(err)
	}
	for {
	}
}
`
	inMode(t, func(t *testing.T) {
		rep, err := testJudge().Submit(context.Background(), b["two-sum"], driver.Source{Name: "escape.go", Code: code})
		if err != nil {
			t.Fatal(err)
		}
		layers := sandbox.Isolation()
		switch {
		case rep.Verdict == judge.TimeLimitExceeded:
		case rep.Verdict == judge.RuntimeError && strings.Contains(layers, "seccomp"):
			// Refused to start it.
		default:
			t.Errorf("verdict %s (failure %+v) with %s", rep.Verdict, rep.Failure, layers)
		}
		if pids := findMarker(marker); len(pids) > 0 {
			for _, pid := range pids {
				syscall.Kill(pid, syscall.SIGKILL)
			}
			t.Errorf("a process the solution started survived the judge (%s)", layers)
		}
	})
}

// TestForkBombContained judges a fork bomb in every isolation mode. Where
// processes can be started at all, the bomb must be stopped at the
// process limit, promptly, and leave nothing behind.
func TestForkBombContained(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the Go toolchain")
	}
	b, err := bank()
	if err != nil {
		t.Fatal(err)
	}
	code, err := os.ReadFile("../testdata/adversarial/runtime_error/two-sum--fork-bomb.go")
	if err != nil {
		t.Fatal(err)
	}
	inMode(t, func(t *testing.T) {
		start := time.Now()
		rep, err := testJudge().Submit(context.Background(), b["two-sum"], driver.Source{Name: "bomb.go", Code: string(code)})
		if err != nil {
			t.Fatal(err)
		}
		took := time.Since(start)
		if rep.Verdict != judge.RuntimeError {
			t.Errorf("verdict %s, want runtime_error (failure %+v)", rep.Verdict, rep.Failure)
		}
		if took > promptly {
			t.Errorf("the judge took %s", took)
		}
		checkNoneLeft(t)
		t.Logf("%s in %d ms: %s", rep.Verdict, took.Milliseconds(), firstLine(rep.Failure.Message))
	})
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// findMarker lists the processes whose command line holds marker.
func findMarker(marker string) []int {
	var out []int
	procs, _ := filepath.Glob("/proc/[0-9]*/cmdline")
	for _, p := range procs {
		if b, err := os.ReadFile(p); err == nil && strings.Contains(string(b), marker) {
			if pid, err := strconv.Atoi(filepath.Base(filepath.Dir(p))); err == nil {
				out = append(out, pid)
			}
		}
	}
	return out
}
