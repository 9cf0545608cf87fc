package command

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestDoctor runs judge doctor with every layer, and with each fallback
// forced: the report must say what is in force, and the probe's checks
// must agree with it.
func TestDoctor(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the sandbox's layers are Linux's")
	}
	for _, c := range []struct {
		name string
		off  []string
		want []string
	}{
		{"full", nil, []string{"seccomp filter", "Landlock"}},
		{"no-namespaces", []string{"JUDGE_NO_NAMESPACES"}, []string{"namespaces off"}},
		{"process-group-only", []string{"JUDGE_NO_NAMESPACES", "JUDGE_NO_LANDLOCK", "JUDGE_NO_SECCOMP"}, []string{"✗ ALLOWED  start a process"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Setenv("JUDGE_HOME", t.TempDir())
			t.Setenv("NO_COLOR", "1")
			for _, k := range []string{"JUDGE_NO_NAMESPACES", "JUDGE_NO_LANDLOCK", "JUDGE_NO_SECCOMP"} {
				t.Setenv(k, "")
			}
			for _, k := range c.off {
				t.Setenv(k, "1")
			}
			var out bytes.Buffer
			if err := Doctor(context.Background(), &out, false, false); err != nil {
				t.Fatal(err)
			}
			for _, w := range append(c.want, "Go toolchain", "GOCACHE", os.Getenv("JUDGE_HOME")) {
				if !strings.Contains(out.String(), w) {
					t.Errorf("no %q in:\n%s", w, out.String())
				}
			}
			out.Reset()
			if err := Doctor(context.Background(), &out, true, false); err != nil {
				t.Fatal(err)
			}
			var r DoctorReport
			if err := json.Unmarshal(out.Bytes(), &r); err != nil {
				t.Fatal(err)
			}
			if r.GoVersion == "" || r.GoCache == "" || len(r.Checks) == 0 || r.StdCold == nil {
				t.Errorf("incomplete report: %+v", r)
			}
			for _, ch := range r.Checks {
				if ch.Name == "start a process" && ch.Held != r.Isolation.Seccomp && !r.Isolation.Namespaces {
					t.Errorf("start a process: held %v with %s", ch.Held, r.Isolation)
				}
			}
		})
	}
}

// TestDoctorLeftovers: temporary folders older than an hour are reported,
// and removed with --clean; younger ones belong to a judge running now.
func TestDoctorLeftovers(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	old, young := filepath.Join(tmp, "judge-build-1"), filepath.Join(tmp, "judge-run-2")
	for _, d := range []string{old, young} {
		if err := os.Mkdir(d, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	past := time.Now().Add(-2 * time.Hour)
	if err := os.Chtimes(old, past, past); err != nil {
		t.Fatal(err)
	}
	if got := leftovers(time.Now()); len(got) != 1 || got[0] != old {
		t.Errorf("leftovers %v, want [%s]", got, old)
	}
}
