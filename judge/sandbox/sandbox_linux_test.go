package sandbox

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// helperBin is testdata/helper built as the judge builds solutions:
// static, without cgo, whatever the test binary is (the race detector's
// is not static, and a new root holds no libraries).
var helperBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "sandbox-helper-*")
	if err != nil {
		panic(err)
	}
	helperBin = filepath.Join(dir, "helper")
	cmd := exec.Command("go", "build", "-o", helperBin, "./testdata/helper")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		os.RemoveAll(dir)
		fmt.Fprintf(os.Stderr, "build the helper: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// modes are the sandbox's configurations, strongest first.
var modes = []struct {
	name string
	off  []string
}{
	{"full", nil},
	{"no-namespaces", []string{envNoNamespaces}},
	{"no-landlock-no-seccomp", []string{envNoLandlock, envNoSeccomp}},
	{"process-group-only", []string{envNoNamespaces, envNoLandlock, envNoSeccomp}},
}

func inModes(t *testing.T, f func(t *testing.T, off []string)) {
	for _, m := range modes {
		t.Run(m.name, func(t *testing.T) {
			for _, k := range []string{envNoNamespaces, envNoLandlock, envNoSeccomp} {
				t.Setenv(k, "")
			}
			for _, k := range m.off {
				t.Setenv(k, "1")
			}
			f(t, m.off)
		})
	}
}

func helper(t *testing.T, name string, limits Limits, onMessage func([]byte) bool) *Result {
	res, err := Run(context.Background(), Spec{
		Path:      helperBin,
		Args:      []string{name},
		Dir:       t.TempDir(),
		Limits:    limits,
		OnMessage: onMessage,
	})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// TestProbe checks, in every mode, that each layer the child reports in
// force really stops what it is for, and that a mode without it is
// reported so.
func TestProbe(t *testing.T) {
	inModes(t, func(t *testing.T, off []string) {
		r, err := Probe(context.Background(), []string{"/root", "/etc"})
		if err != nil {
			t.Fatal(err)
		}
		l := r.Layers
		t.Logf("%s", l)
		isOff := func(env string) bool { return strings.Contains(strings.Join(off, " "), env) }
		if isOff(envNoNamespaces) && l.Namespaces || isOff(envNoLandlock) && l.Landlock > 0 || isOff(envNoSeccomp) && l.Seccomp {
			t.Errorf("a layer turned off is reported on: %s", l)
		}
		files := l.Namespaces || l.Landlock > 0
		processes := l.Seccomp || l.Namespaces
		want := map[string]bool{
			"see the judge's processes":       l.Namespaces,
			"start a process":                 processes,
			"reach the network":               l.Seccomp || l.Namespaces,
			"signal other processes":          processes,
			"read /proc":                      files,
			"read a file outside its folder":  files,
			"read /root":                      files,
			"read /etc":                       files,
			"change files outside its folder": files,
		}
		for _, c := range r.Checks {
			t.Logf("held=%v %s: %s", c.Held, c.Name, c.Detail)
			w, ok := want[c.Name]
			if !ok {
				t.Errorf("unexpected check %q", c.Name)
				continue
			}
			if c.Held != w {
				t.Errorf("%s: held %v, want %v with %s (%s)", c.Name, c.Held, w, l, c.Detail)
			}
		}
		if len(r.Checks) != len(want) {
			t.Errorf("%d checks, want %d", len(r.Checks), len(want))
		}
	})
}

// TestFallbackWhenMountsRefused: a kernel that grants namespaces but
// refuses the mounts in them gets a run without namespaces, and later
// runs do not try again.
func TestFallbackWhenMountsRefused(t *testing.T) {
	if os.Getenv(envNoNamespaces) != "" {
		t.Skip("namespaces turned off")
	}
	defer namespaces.Store(0)
	namespaces.Store(0)
	var out []byte
	res, err := Run(context.Background(), Spec{
		Path: helperBin, Args: []string{"hello"}, Dir: t.TempDir(), failMount: true,
		Limits:    Limits{Wall: 10 * time.Second},
		OnMessage: func(line []byte) bool { out = line; return true },
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.Layers.Namespaces || !strings.Contains(res.Layers.String(), "refused for a test") {
		t.Errorf("layers %s, want a fallback saying why", res.Layers)
	}
	if string(res.Stdout) != "hello\n" || string(out) != `{"done":true}` {
		t.Errorf("the program did not run: stdout %q, channel %q", res.Stdout, out)
	}
	if namespaces.Load() != -1 {
		t.Errorf("later runs would try namespaces again")
	}
}

// TestForkBombBounded runs a fork bomb where processes can be started:
// it must be stopped at the process limit, quickly, with nothing left.
func TestForkBombBounded(t *testing.T) {
	inModes(t, func(t *testing.T, off []string) {
		start := time.Now()
		res := helper(t, "bomb", Limits{Wall: 20 * time.Second, Memory: 1 << 30}, nil)
		took := time.Since(start)
		t.Logf("stop %s, %d processes at most, %s, in %d ms", res.Stop, res.Processes, res.Layers, took.Milliseconds())
		switch {
		case res.Layers.Seccomp:
			if res.ExitCode != 7 {
				t.Errorf("exit %d: the first fork should have failed", res.ExitCode)
			}
		case res.Layers.Namespaces:
			// Contained: the namespace dies with its first process.
		default:
			if res.Stop != ProcessLimit {
				t.Errorf("stopped by %s, want the process limit", res.Stop)
			}
		}
		if took > 10*time.Second {
			t.Errorf("took %s", took)
		}
	})
}

// TestMessageLimit: one endless line on descriptor 3 stops the program at
// the limit, not at the judge's memory.
func TestMessageLimit(t *testing.T) {
	res := helper(t, "flood-channel", Limits{Wall: 20 * time.Second, Message: 8 << 20}, nil)
	if res.Stop != MessageLimit {
		t.Errorf("stopped by %s, want the message limit", res.Stop)
	}
}

// TestHelloAllModes runs a well-behaved program in every mode.
func TestHelloAllModes(t *testing.T) {
	inModes(t, func(t *testing.T, off []string) {
		var got []byte
		res := helper(t, "hello", Limits{Wall: 10 * time.Second}, func(b []byte) bool { got = b; return true })
		if string(res.Stdout) != "hello\n" || string(got) != `{"done":true}` || res.ExitCode != 0 {
			t.Errorf("stdout %q, channel %q, exit %d", res.Stdout, got, res.ExitCode)
		}
	})
}

// TestOutputHeadAndTail: of a long output, the head and the tail are
// kept, keep bytes each, and nothing in between.
func TestOutputHeadAndTail(t *testing.T) {
	res := helper(t, "long-output", Limits{Wall: 10 * time.Second}, nil)
	if len(res.Stdout) != keep || !bytes.HasPrefix(res.Stdout, []byte("FIRST\n")) {
		t.Errorf("head: %d bytes starting %.10q, want %d from FIRST", len(res.Stdout), res.Stdout, keep)
	}
	if len(res.StdoutTail) != keep || !bytes.HasSuffix(res.StdoutTail, []byte("\nLAST\n")) {
		t.Errorf("tail: %d bytes ending %q, want %d ending in LAST", len(res.StdoutTail), res.StdoutTail[max(len(res.StdoutTail)-10, 0):], keep)
	}
	if res.StderrTail != nil || res.OutputBytes < 1<<20 {
		t.Errorf("stderr tail %d bytes, output %d bytes", len(res.StderrTail), res.OutputBytes)
	}
	short := helper(t, "hello", Limits{Wall: 10 * time.Second}, nil)
	if short.StdoutTail != nil {
		t.Errorf("a short output has a tail: %q", short.StdoutTail)
	}
}

// TestForeignABIKilled: a system call through amd64's 32-bit table (int
// $0x80), which a seccomp filter sees under another architecture, kills
// the program where the filter is in force instead of slipping past its
// deny list.
func TestForeignABIKilled(t *testing.T) {
	if runtime.GOARCH != "amd64" {
		t.Skip("no 32-bit system call table outside amd64")
	}
	if err := exec.Command(helperBin, "i386-getpid").Run(); err != nil {
		t.Skipf("the kernel runs no 32-bit system calls: %v", err)
	}
	inModes(t, func(t *testing.T, off []string) {
		res := helper(t, "i386-getpid", Limits{Wall: 10 * time.Second}, nil)
		t.Logf("%s: stdout %q, exit %d, signal %q", res.Layers, res.Stdout, res.ExitCode, res.Signal)
		if res.Layers.Seccomp && res.Signal != syscall.SIGSYS.String() {
			t.Errorf("with the filter in force: stdout %q, exit %d, signal %q; want killed by SIGSYS", res.Stdout, res.ExitCode, res.Signal)
		}
	})
}
