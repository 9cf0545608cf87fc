package command

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/judgehq/judge/judge/editlog"
)

// TestStartLeavesAWatcher: `judge start` leaves a watcher that records an
// editor's save (a new file renamed over the old) in the edit log, with
// no other judge command run; it ends once the round is judged.
func TestStartLeavesAWatcher(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the judge's binary")
	}
	u := newUser(t)
	withWatch := func(args ...string) (int, string) {
		cmd := u.cmd(args...)
		var env []string
		for _, e := range cmd.Env {
			if e != "JUDGE_NO_WATCH=1" {
				env = append(env, e)
			}
		}
		cmd.Env = env
		return status(cmd)
	}
	if code, out := withWatch("start", "--minutes", "30", "two-sum"); code != 0 {
		t.Fatalf("start: %d %s", code, out)
	}
	b, err := os.ReadFile(filepath.Join(u.home, "session.json"))
	if err != nil {
		t.Fatal(err)
	}
	var s struct{ ID string }
	json.Unmarshal(b, &s)
	watcher := func() bool {
		procs, _ := filepath.Glob("/proc/[0-9]*/cmdline")
		for _, p := range procs {
			if b, err := os.ReadFile(p); err == nil && bytes.Contains(b, []byte("watch-edits\x00"+s.ID)) {
				return true
			}
		}
		return false
	}
	// The waits below only bound a failure.
	waitUntil := func(what string, ok func() bool) {
		t.Helper()
		for deadline := time.Now().Add(20 * time.Second); !ok(); time.Sleep(50 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("%s: not in 20 s", what)
			}
		}
	}
	waitUntil("the watcher starts", watcher)
	// The watch may begin a moment after the process.
	time.Sleep(300 * time.Millisecond)

	file := filepath.Join(u.work, "two-sum", "solution.go")
	text := "// saved by an editor\nfunc twoSum(nums []int, target int) []int { return nil }\n"
	tmp := filepath.Join(u.work, "two-sum", ".solution.go.swp")
	if err := os.WriteFile(tmp, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, file); err != nil {
		t.Fatal(err)
	}
	log := editlog.Path(u.home, s.ID)
	waitUntil("the save is in the edit log", func() bool {
		tl, err := editlog.Read(log)
		if err != nil || len(tl.Snapshots) == 0 {
			return false
		}
		last := tl.Snapshots[len(tl.Snapshots)-1]
		return last.Text() == text && last.By == editlog.ByEditor
	})

	if code, out := withWatch("submit"); code != 1 || !strings.Contains(out, "Wrong Answer") {
		t.Fatalf("submit: %d %s", code, out)
	}
	waitUntil("the watcher ends after the verdict", func() bool { return !watcher() })
}
