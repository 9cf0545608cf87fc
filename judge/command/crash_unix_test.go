//go:build unix

package command

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/judgehq/judge/judge/session"
)

// binDir holds the judge built for the tests that run it as users do.
var binDir string

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// judgeBin builds the judge once for the tests that run it as users do.
var judgeBin = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "judge-command-test-*")
	if err != nil {
		return "", err
	}
	binDir = dir
	bin := filepath.Join(dir, "judge")
	if out, err := exec.Command("go", "build", "-o", bin, "../..").CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return bin, nil
})

// userEnv is a user's environment for the judge: its own home, temporary
// folder and no background warming.
type userEnv struct {
	bin, home, tmp, work string
}

func newUser(t *testing.T) *userEnv {
	bin, err := judgeBin()
	if err != nil {
		t.Fatal(err)
	}
	d := t.TempDir()
	u := &userEnv{bin: bin, home: filepath.Join(d, "home"), tmp: filepath.Join(d, "tmp"), work: filepath.Join(d, "work")}
	for _, dir := range []string{u.tmp, u.work} {
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return u
}

func (u *userEnv) cmd(args ...string) *exec.Cmd {
	cmd := exec.Command(u.bin, args...)
	cmd.Dir = u.work
	cmd.Env = append(os.Environ(), "JUDGE_HOME="+u.home, "TMPDIR="+u.tmp, "JUDGE_NO_WARM=1", "JUDGE_NO_WATCH=1", "NO_COLOR=1")
	return cmd
}

// status runs cmd to its end and returns its exit status and output.
func status(cmd *exec.Cmd) (int, string) {
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return ee.ExitCode(), string(out)
	}
	if err != nil {
		return -1, err.Error()
	}
	return 0, string(out)
}

// TestKilledAnywhere kills the judge with SIGKILL at random moments of
// `judge start` and `judge submit`, many times over one user's state, and
// checks after each kill: the state is never set aside as corrupt, every
// history line but a torn last one is a record, status still works, no
// process the judge started is left running. A final submit, not killed,
// judges the session.
func TestKilledAnywhere(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the Go toolchain")
	}
	u := newUser(t)
	// A first submit outside the loop calibrates two-sum: the kills then
	// land in the judging itself more often than in calibration.
	if code, out := status(u.cmd("start", "--minutes", "30", "two-sum")); code != 0 {
		t.Fatalf("start: %d %s", code, out)
	}
	if code, out := status(u.cmd("submit")); code != 1 {
		t.Fatalf("submit of the stub: %d %s", code, out)
	}
	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	kills := 0
	for i := 0; i < 30; i++ {
		for _, args := range [][]string{{"start", "--force", "--abandon", "--minutes", "30", "two-sum"}, {"submit"}} {
			cmd := u.cmd(args...)
			var out bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &out
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			delay := time.Duration(rng.Int63n(int64(700 * time.Millisecond)))
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			select {
			case err := <-done:
				var ee *exec.ExitError
				if err != nil && (!errors.As(err, &ee) || ee.ExitCode() == ExitUsage && !strings.Contains(out.String(), "already")) {
					t.Fatalf("judge %s: %v\n%s", args[0], err, out.String())
				}
			case <-time.After(delay):
				cmd.Process.Signal(syscall.SIGKILL)
				<-done
				kills++
			}
			u.checkConsistent(t)
		}
	}
	t.Logf("%d of 60 commands killed midway", kills)
	status(u.cmd("start", "--force", "--abandon", "--minutes", "30", "two-sum"))
	code, out := status(u.cmd("submit", "--json"))
	if code != 1 || !strings.Contains(out, `"wrong_answer"`) {
		t.Errorf("the last submit: %d %s", code, out)
	}
	u.checkConsistent(t)
}

// checkConsistent checks the user's state and processes after a judge
// ended, killed or not.
func (u *userEnv) checkConsistent(t *testing.T) {
	t.Helper()
	corrupt, _ := filepath.Glob(filepath.Join(u.home, "*.corrupt*"))
	if len(corrupt) > 0 {
		t.Fatalf("state set aside as corrupt after a kill: %v", corrupt)
	}
	st := &session.Store{Dir: u.home}
	if _, err := st.Load(); err != nil {
		t.Fatalf("load the state: %v", err)
	}
	if b, err := os.ReadFile(filepath.Join(u.home, session.HistoryFile)); err == nil {
		_, damaged, err := session.ParseHistory(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range damaged {
			if !d.Torn {
				t.Fatalf("history: %s", d)
			}
		}
	}
	if code, out := status(u.cmd("status", "--json")); code != 0 && code != ExitUsage {
		t.Fatalf("status: %d %s", code, out)
	}
	// The solution and the build die with the judge; the compiler a killed
	// go command started finishes its file on its own, in a moment.
	deadline := time.Now().Add(10 * time.Second)
	for {
		left := processesIn(u.tmp)
		if len(left) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("processes left running after the judge ended: %v", left)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// processesIn lists the processes whose binary or working folder is under
// dir.
func processesIn(dir string) []string {
	var out []string
	procs, _ := filepath.Glob("/proc/[0-9]*")
	for _, p := range procs {
		for _, link := range []string{"exe", "cwd"} {
			if target, err := os.Readlink(filepath.Join(p, link)); err == nil && strings.HasPrefix(target, dir) {
				cmd, _ := os.ReadFile(filepath.Join(p, "cmdline"))
				out = append(out, fmt.Sprintf("%s %q", filepath.Base(p), bytes.ReplaceAll(cmd, []byte{0}, []byte{' '})))
				break
			}
		}
	}
	return out
}

// TestTwoSubmitsAtOnce: two `judge submit` on one session at the same
// time judge it once; the second waits and shows the recorded result, and
// the history holds the session once.
func TestTwoSubmitsAtOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the Go toolchain")
	}
	u := newUser(t)
	if code, out := status(u.cmd("start", "--minutes", "30", "two-sum")); code != 0 {
		t.Fatalf("start: %d %s", code, out)
	}
	var wg sync.WaitGroup
	results := make([]SessionResult, 2)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cmd := u.cmd("submit", "--json")
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			var ee *exec.ExitError
			if err != nil && (!errors.As(err, &ee) || ee.ExitCode() != ExitNotAccepted) {
				t.Errorf("submit: %v %s", err, stderr.String())
				return
			}
			if err := json.Unmarshal(stdout.Bytes(), &results[i]); err != nil {
				t.Errorf("submit --json: %v: %s", err, stdout.String())
			}
		}()
	}
	wg.Wait()
	if results[0].Recorded == results[1].Recorded {
		t.Errorf("recorded %v and %v: want one judging and one recorded result", results[0].Recorded, results[1].Recorded)
	}
	if results[0].Submitted != results[1].Submitted {
		t.Errorf("two judgings: submitted %s and %s", results[0].Submitted, results[1].Submitted)
	}
	b, err := os.ReadFile(filepath.Join(u.home, session.HistoryFile))
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(b, []byte(results[0].Session)); n != 1 {
		t.Errorf("the history holds the session %d times:\n%s", n, b)
	}
}

// TestCorruptStateKeptAside: a damaged state file and history are
// reported, naming the file; the state is kept aside and a fresh session
// can start; the history's good lines are kept and the damaged one is
// moved to a side file, reported once.
func TestCorruptStateKeptAside(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the Go toolchain")
	}
	u := newUser(t)
	if code, out := status(u.cmd("start", "--minutes", "30", "two-sum")); code != 0 {
		t.Fatalf("start: %d %s", code, out)
	}
	state := filepath.Join(u.home, session.StateFile)
	history := filepath.Join(u.home, session.HistoryFile)
	good := `{"session":"s1","outcome":"abandoned","started":"2026-01-01T00:00:00Z","deadline":"2026-01-01T00:30:00Z","ended":"2026-01-01T00:10:00Z","overtime":false,"problems":[{"slug":"two-sum","verdict":"abandoned","tests_passed":0,"tests_total":0,"seconds_used":0,"edited":false}]}`
	for path, data := range map[string]string{state: `{"version": 1, "id": `, history: good + "\nnot a record\n"} {
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out := status(u.cmd("status"))
	if !strings.Contains(out, state) || !strings.Contains(out, ".corrupt") {
		t.Errorf("status (%d) does not report the damaged state:\n%s", code, out)
	}
	if b, err := os.ReadFile(state + ".corrupt"); err != nil || string(b) != `{"version": 1, "id": ` {
		t.Errorf("the damaged state was not kept aside: %v", err)
	}
	code, out = status(u.cmd("history", "--json"))
	if code != 0 || !strings.Contains(out, "line 2") || !strings.Contains(out, `"s1"`) {
		t.Errorf("history (%d) should warn of line 2 and keep s1:\n%s", code, out)
	}
	if b, _ := os.ReadFile(history + ".corrupt"); string(b) != "not a record\n" {
		t.Errorf("the damaged history line was not kept aside: %q", b)
	}
	if code, out := status(u.cmd("history", "--json")); code != 0 || strings.Contains(out, "line 2") || !strings.Contains(out, `"s1"`) {
		t.Errorf("history (%d), once the line is set aside, should keep s1 and warn no more:\n%s", code, out)
	}
	if code, out := status(u.cmd("start", "--force", "--minutes", "30", "two-sum")); code != 0 {
		t.Errorf("a fresh start after the damage: %d %s", code, out)
	}
}
