package command

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/pad"
	"github.com/judgehq/judge/judge/session"
)

var padT0 = time.Date(2030, 1, 1, 10, 0, 0, 0, time.UTC)

// stoppedClock is JUDGE_NOW for a test: it reads the same time until the
// test moves it.
type stoppedClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *stoppedClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

// at moves the clock to d into the round.
func (c *stoppedClock) at(d time.Duration) {
	c.mu.Lock()
	c.t = padT0.Add(d)
	c.mu.Unlock()
}

// padRig is a round begun at padT0 and its pad, served on 127.0.0.1.
type padRig struct {
	env   *Env
	clock *stoppedClock
	srv   *pad.Server
	url   string
	file  string
}

func newPadRig(t *testing.T, slugs ...string) *padRig {
	t.Helper()
	home, work := t.TempDir(), t.TempDir()
	t.Setenv("JUDGE_HOME", home)
	t.Setenv("JUDGE_CACHE", filepath.Join(home, "cache"))
	clock := &stoppedClock{t: padT0}
	env := &Env{
		Store: &session.Store{Dir: home, Warn: io.Discard},
		Now:   clock.Now,
		Judge: sandboxRunner{&judge.Judge{}},
		Bank:  func(dirs []string) (*Bank, error) { return LoadBank(dirs) },
	}
	if err := Start(io.Discard, env, StartOptions{Slugs: slugs, Dir: work}); err != nil {
		t.Fatal(err)
	}
	r := servePad(t, env, clock)
	r.file = filepath.Join(work, slugs[0], "solution.go")
	return r
}

// servePad serves env's round on 127.0.0.1 until the test ends.
func servePad(t *testing.T, env *Env, clock *stoppedClock) *padRig {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	srv := newPadServer(ctx, env, io.Discard)
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	srv.Port = ts.Listener.Addr().(*net.TCPAddr).Port
	return &padRig{env: env, clock: clock, srv: srv, url: srv.URL()}
}

// state is what the page polls.
func (r *padRig) state(t *testing.T) pad.StateJSON {
	t.Helper()
	resp, err := http.Get(r.url + "api/state")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var st pad.StateJSON
	if err := json.NewDecoder(resp.Body).Decode(&st); err != nil {
		t.Fatal(err)
	}
	return st
}

// post sends what the page sends.
func (r *padRig) post(t *testing.T, api string, body any) (int, []byte) {
	t.Helper()
	b, _ := json.Marshal(body)
	req, _ := http.NewRequest(http.MethodPost, r.url+api, bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Origin", strings.TrimSuffix(r.url, "/"+r.srv.Token+"/"))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, out
}

// save types text into the first notepad, at d into the round.
func (r *padRig) save(t *testing.T, d time.Duration, text string) {
	t.Helper()
	r.clock.at(d)
	st := r.state(t)
	code, body := r.post(t, "api/save", pad.SaveRequest{Key: st.Notepads[0].Key, Text: text, Base: st.Notepads[0].Version})
	if code != http.StatusOK {
		t.Fatalf("save at %v: %d %s", d, code, body)
	}
}

const (
	padExample  = "// example: nums = [3,3], target = 6 -> [0,1]\n"
	padSolution = "func twoSum(nums []int, target int) []int {\n\tseen := map[int]int{}\n\tfor i, v := range nums {\n\t\tif j, ok := seen[target-v]; ok {\n\t\t\treturn []int{j, i}\n\t\t}\n\t\tseen[v] = i\n\t}\n\treturn nil\n}\n"
)

// TestPadRoundReplayed: a round done entirely in the pad, saved at given
// times on a stopped clock, is judged from the page, recorded, and
// replayed with exactly those times.
func TestPadRoundReplayed(t *testing.T) {
	r := newPadRig(t, "two-sum")
	stub, err := os.ReadFile(r.file)
	if err != nil {
		t.Fatal(err)
	}
	header := string(stub[:bytes.Index(stub, []byte("func twoSum"))])
	withO := strings.Replace(header, "// time: O(?)", "// time: O(n)", 1)

	r.save(t, 40*time.Second, header+padExample+"func twoSum(nums []int, target int) []int {\n\treturn nil\n}\n")
	r.save(t, 70*time.Second, header+padExample+"func twoSum(nums []int, target int) []int {\n\tseen := map[int]int{}\n\treturn nil\n}\n")
	r.save(t, 150*time.Second, withO+padExample+"func twoSum(nums []int, target int) []int {\n\tseen := map[int]int{}\n\treturn nil\n}\n")
	r.clock.at(4 * time.Minute)
	if st := r.state(t); st.Stage == nil || st.Stage.Name != "plan" || st.Clock != "13:00 left" {
		t.Errorf("at 4:00 the page shows %+v", st)
	}
	r.save(t, 9*time.Minute, withO+padExample+padSolution)
	final := strings.Replace(withO, "// space: O(?)", "// space: O(n)", 1) + padExample + padSolution
	r.save(t, 12*time.Minute+40*time.Second, final)

	b, _ := os.ReadFile(r.file)
	if string(b) != final {
		t.Fatalf("the file is\n%s\nnot what the pad saved", b)
	}

	// Submit after the clock, as the page's button does.
	r.clock.at(17*time.Minute + 30*time.Second)
	if st := r.state(t); st.Phase != pad.PhaseTimeUp || st.Clock != "time is up" {
		t.Errorf("after the deadline the page shows %+v", st)
	}
	code, body := r.post(t, "api/submit", struct{}{})
	var st pad.StateJSON
	json.Unmarshal(body, &st)
	if code != 200 || st.Phase != pad.PhaseJudged || st.Result == nil || !st.Result.Passed {
		t.Fatalf("submit = %d %s", code, body)
	}
	for _, want := range []string{"✓ Accepted  two-sum", "Last edit 12:40 into the round", "✓ Round passed", "Review"} {
		if !strings.Contains(st.Result.Text, want) {
			t.Errorf("the page's verdict lacks %q:\n%s", want, st.Result.Text)
		}
	}
	if strings.Contains(st.Result.Text, "\x1b[") {
		t.Error("the page's verdict has terminal colours")
	}
	// A save after the verdict is refused: the files stay as judged.
	if code, _ := r.post(t, "api/save", pad.SaveRequest{Key: "two-sum/solution.go", Text: "x", Overtime: true}); code != http.StatusConflict {
		t.Errorf("a save after the verdict = %d", code)
	}

	var out bytes.Buffer
	if err := Replay(&out, r.env, "", "", false, false); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, line := range strings.Split(out.String(), "\n") {
		if strings.HasPrefix(line, "two-sum/") || strings.HasPrefix(line, "  ") {
			got = append(got, strings.Join(strings.Fields(line), " "))
		}
	}
	want := []string{
		"two-sum/solution.go: 5 edits (5 in the pad)",
		"First example at 0:40; the plan says 0:00–3:00 (clarify).",
		"Complexity stated at 2:30; the plan says 3:00–8:00 (plan).",
		"Coding began at 1:10; the plan says 8:00.",
		"Last edit at 12:40; the plan says done by 17:00.",
		"stage planned edits bursts lines+ lines-",
		"clarify 0:00–3:00 3 2 " + addedRemoved(t, r, 0, 3),
		"plan 3:00–8:00 0 0 0 0",
		"code 8:00–13:00 2 2 " + addedRemoved(t, r, 3, 5),
		"pseudo-run 13:00–15:00 0 0 0 0",
		"close 15:00–17:00 0 0 0 0",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("replay (-want +got):\n%s\n%s", diff, out.String())
	}

	out.Reset()
	if err := Replay(&out, r.env, "1", "", false, true); err != nil {
		t.Fatal(err)
	}
	var js ReplayJSON
	if err := json.Unmarshal(out.Bytes(), &js); err != nil {
		t.Fatal(err)
	}
	var times []float64
	for _, s := range js.Snapshots {
		times = append(times, s.TSeconds)
	}
	if diff := cmp.Diff([]float64{0, 40, 70, 150, 540, 760}, times); diff != "" {
		t.Errorf("snapshot times (-want +got):\n%s", diff)
	}
	n := js.Notepads[0]
	if *n.FirstExampleSeconds != 40 || *n.FirstCodeSeconds != 70 || *n.FirstComplexitySeconds != 150 || *n.LastEditSeconds != 760 {
		t.Errorf("moments %+v", n)
	}
	if js.Outcome != "judged: two-sum accepted, on time" {
		t.Errorf("outcome %q", js.Outcome)
	}

	// The page's replay has the same timeline.
	resp, err := http.Get(r.url + "replay")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(page), "Coding began at 1:10; the plan says 8:00.") {
		t.Errorf("the replay page lacks the timeline:\n%s", page)
	}
}

// addedRemoved is the added and removed lines of snapshots [from, to) after
// the baseline, as the replay's table shows them.
func addedRemoved(t *testing.T, r *padRig, from, to int) string {
	t.Helper()
	var out bytes.Buffer
	if err := Replay(&out, r.env, "", "", false, true); err != nil {
		t.Fatal(err)
	}
	var js ReplayJSON
	json.Unmarshal(out.Bytes(), &js)
	added, removed := 0, 0
	for _, s := range js.Snapshots[1+from : 1+to] {
		added += s.LinesAdded
		removed += s.LinesRemoved
	}
	return strconv.Itoa(added) + " " + strconv.Itoa(removed)
}

// TestPadRefusedOutsideARound: no round, no page.
func TestPadRefusedOutsideARound(t *testing.T) {
	home := t.TempDir()
	env := &Env{Store: &session.Store{Dir: home}, Now: time.Now}
	err := Pad(context.Background(), io.Discard, env, false)
	if err == nil || !strings.Contains(err.Error(), "no round to open") {
		t.Errorf("Pad without a round = %v", err)
	}
}

// TestPadDesignRound: a design round's pad has one notepad, the round's
// notes file, with the round's stages.
func TestPadDesignRound(t *testing.T) {
	home, work := t.TempDir(), t.TempDir()
	clock := &stoppedClock{t: padT0}
	env := &Env{
		Store: &session.Store{Dir: home, Warn: io.Discard},
		Now:   clock.Now,
		Judge: sandboxRunner{&judge.Judge{}},
		Bank:  func(dirs []string) (*Bank, error) { return LoadBank(dirs) },
	}
	if err := StartDesign(io.Discard, env, StartOptions{Dir: work}); err != nil {
		t.Fatal(err)
	}
	s, err := env.Store.Load()
	if err != nil || s == nil {
		t.Fatal(s, err)
	}
	r := padRound(env, s, &statementCache{})
	if len(r.Notepads) != 1 || r.Notepads[0].Path != s.Notes {
		t.Fatalf("notepads %+v; want the one notes file %s", r.Notepads, s.Notes)
	}
	if len(r.Plan) < 7 || r.Plan[0].Notepad != r.Notepads[0].Key {
		t.Errorf("plan %+v: want the seven stages, in the notes", r.Plan)
	}
}

// newLoopPadRig is a loop of an ML design round (45:00) then a
// behavioral one (5:00), begun at padT0, and its pad.
func newLoopPadRig(t *testing.T) *padRig {
	t.Helper()
	clock := &stoppedClock{t: padT0}
	env := &Env{
		Store: &session.Store{Dir: t.TempDir(), Warn: io.Discard},
		Now:   clock.Now,
		Bank:  func(dirs []string) (*Bank, error) { return LoadBank(dirs) },
	}
	if _, err := begin(io.Discard, env, designThenBehavioral(t)); err != nil {
		t.Fatal(err)
	}
	return servePad(t, env, clock)
}

// TestPadLoopNextRound: in a loop, the page starts the next round once the
// current one is judged, as `judge submit --next` does, and the next
// round is a new session to the page, which reloads.
func TestPadLoopNextRound(t *testing.T) {
	r := newLoopPadRig(t)
	env, clock := r.env, r.clock
	first := r.state(t)
	if first.Next != "" {
		t.Errorf("before the round is judged, next = %q; want none", first.Next)
	}
	if code, body := r.post(t, "api/next", struct{}{}); code != http.StatusConflict || !strings.Contains(string(body), "not judged yet") {
		t.Errorf("next before the submit: %d %s; want 409, not judged yet", code, body)
	}
	clock.at(40 * time.Minute)
	if code, body := r.post(t, "api/submit", struct{}{}); code != http.StatusOK {
		t.Fatalf("submit: %d %s", code, body)
	}
	judged := r.state(t)
	if judged.Phase != pad.PhaseJudged || judged.Next != "round 2 of 2 (behavioral, 5:00)" {
		t.Fatalf("after the submit: phase %s, next %q; want judged, round 2 of 2 (behavioral, 5:00)", judged.Phase, judged.Next)
	}
	clock.at(42 * time.Minute)
	if code, body := r.post(t, "api/next", struct{}{}); code != http.StatusOK {
		t.Fatalf("next: %d %s", code, body)
	}
	second := r.state(t)
	if second.Session == first.Session || second.Phase != pad.PhaseNotepad || second.RemainingSeconds != 300 || second.Next != "" {
		t.Errorf("the next round: %+v; want a new session in its notepad phase with 5:00 left (first %s)", second, first.Session)
	}
	s, err := env.Store.Load()
	if err != nil || s.Index() != 1 || s.KindOf() != session.KindBehavioral {
		t.Fatalf("the store after next: %+v, %v; want round 2, behavioral", s, err)
	}
	if code, body := r.post(t, "api/next", struct{}{}); code != http.StatusConflict {
		t.Errorf("next in the last round's notepad phase: %d %s; want 409", code, body)
	}
}
