package pad

import (
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
	"github.com/judgehq/judge/judge/editlog"
)

var t0 = time.Date(2030, 1, 1, 10, 0, 0, 0, time.UTC)

const stub = "func twoSum(nums []int, target int) []int {\n\treturn nil\n}\n"

// fixture is a pad over one notepad, on a clock the test moves.
type fixture struct {
	srv     *Server
	file    string
	log     string
	mu      sync.Mutex
	now     time.Time
	judged  bool
	submits int
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	dir := t.TempDir()
	f := &fixture{file: filepath.Join(dir, "two-sum", "solution.go"), log: filepath.Join(dir, "edits", "s1.jsonl"), now: t0}
	os.MkdirAll(filepath.Dir(f.file), 0o755)
	if err := os.WriteFile(f.file, []byte(stub), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Chtimes(f.file, t0, t0)
	h := editlog.Header{Session: "s1", Started: t0, Deadline: t0.Add(17 * time.Minute),
		Notepads: []editlog.Notepad{{Key: "two-sum/solution.go", Name: "two-sum", Path: f.file}},
		Plan:     []editlog.Stage{{Notepad: "two-sum/solution.go", Name: "clarify", EndMS: 180000}}}
	if err := editlog.Create(f.log, h); err != nil {
		t.Fatal(err)
	}
	f.srv = &Server{Token: "tok3n", Port: 4242, Load: f.load, Submit: func(context.Context) error {
		f.mu.Lock()
		defer f.mu.Unlock()
		f.submits++
		f.judged = true
		return nil
	}}
	return f
}

func (f *fixture) load() (*Round, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	r := &Round{Session: "s1", Now: f.now, Started: t0, Deadline: t0.Add(17 * time.Minute), Stage: -1, Log: f.log,
		Notepads: []Notepad{{Key: "two-sum/solution.go", Name: "two-sum", Title: "Two Sum", Statement: "# Two Sum\n\nFind <two> numbers.", Path: f.file}},
		Plan:     []Stage{{Notepad: "two-sum/solution.go", Name: "clarify", Prompt: "restate", End: 3 * time.Minute}}}
	switch {
	case f.judged:
		r.Phase, r.Result = PhaseJudged, &Result{Passed: true, Text: "✓ Accepted  two-sum"}
	case f.now.Before(r.Deadline):
		r.Phase = PhaseNotepad
		if f.now.Before(t0.Add(3 * time.Minute)) {
			r.Stage = 0
		}
	default:
		r.Phase = PhaseTimeUp
	}
	return r, nil
}

func (f *fixture) at(d time.Duration) {
	f.mu.Lock()
	f.now = t0.Add(d)
	f.mu.Unlock()
}

type request struct {
	method, path, host string
	header             map[string]string
	body               string
}

func (f *fixture) do(r request) *httptest.ResponseRecorder {
	if r.method == "" {
		r.method = http.MethodGet
	}
	if r.host == "" {
		r.host = "127.0.0.1:4242"
	}
	req := httptest.NewRequest(r.method, r.path, strings.NewReader(r.body))
	req.Host = r.host
	for k, v := range r.header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	f.srv.Handler().ServeHTTP(rec, req)
	return rec
}

var jsonHeader = map[string]string{"Content-Type": "application/json", "Origin": "http://127.0.0.1:4242", "Sec-Fetch-Site": "same-origin"}

func (f *fixture) save(text, base string, overtime bool) *httptest.ResponseRecorder {
	b, _ := json.Marshal(SaveRequest{Key: "two-sum/solution.go", Text: text, Base: base, Overtime: overtime})
	return f.do(request{method: http.MethodPost, path: "/tok3n/api/save", header: jsonHeader, body: string(b)})
}

// TestGuard: a request without the token, for another host (DNS
// rebinding), or writing from another origin is refused.
func TestGuard(t *testing.T) {
	f := newFixture(t)
	save := `{"key":"two-sum/solution.go","text":"x","base":"` + version(stub) + `"}`
	tests := []struct {
		name string
		req  request
		want int
	}{
		{"the page", request{path: "/tok3n/"}, 200},
		{"the page at localhost", request{path: "/tok3n/", host: "localhost:4242"}, 200},
		{"an asset", request{path: "/tok3n/static/pad.js"}, 200},
		{"the token alone", request{path: "/tok3n"}, 302},
		{"no token", request{path: "/"}, 403},
		{"no token, an asset", request{path: "/static/pad.js"}, 403},
		{"no token, the API", request{path: "/api/state"}, 403},
		{"a wrong token", request{path: "/tok3m/api/state"}, 403},
		{"a longer token", request{path: "/tok3nX/api/state"}, 403},
		{"the token as a query", request{path: "/api/state?token=tok3n"}, 403},
		{"another host (DNS rebinding)", request{path: "/tok3n/api/state", host: "attacker.example:4242"}, 403},
		{"another port", request{path: "/tok3n/api/state", host: "127.0.0.1:4243"}, 403},
		{"no port", request{path: "/tok3n/api/state", host: "127.0.0.1"}, 403},
		{"a cross-origin POST", request{method: "POST", path: "/tok3n/api/save", body: save,
			header: map[string]string{"Content-Type": "application/json", "Origin": "http://attacker.example"}}, 403},
		{"a cross-site fetch", request{method: "POST", path: "/tok3n/api/submit", body: "{}",
			header: map[string]string{"Content-Type": "application/json", "Sec-Fetch-Site": "cross-site"}}, 403},
		{"a form post", request{method: "POST", path: "/tok3n/api/submit", body: "a=b",
			header: map[string]string{"Content-Type": "application/x-www-form-urlencoded"}}, 415},
		{"a text/plain post", request{method: "POST", path: "/tok3n/api/save", body: save,
			header: map[string]string{"Content-Type": "text/plain"}}, 415},
		{"a same-origin save", request{method: "POST", path: "/tok3n/api/save", body: save, header: jsonHeader}, 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := f.do(tt.req)
			if rec.Code != tt.want {
				t.Errorf("%s %s (Host %s) = %d, want %d: %s", tt.req.method, tt.req.path, tt.req.host, rec.Code, tt.want, rec.Body)
			}
			if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") {
				t.Errorf("CSP = %q", csp)
			}
		})
	}
	if f.submits != 0 {
		t.Errorf("a refused request submitted")
	}
	b, _ := os.ReadFile(f.file)
	if string(b) != "x" {
		t.Errorf("the one allowed save wrote %q", b)
	}
}

// TestListenLoopback: the pad listens on 127.0.0.1 only.
func TestListenLoopback(t *testing.T) {
	ln, err := Listen()
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	addr := ln.Addr().(*net.TCPAddr)
	if !addr.IP.Equal(net.IPv4(127, 0, 0, 1)) || addr.Port == 0 {
		t.Fatalf("listening on %v", addr)
	}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			c.Close()
		}
	}()
	// Every other address of this machine is closed to it.
	addrs, _ := net.InterfaceAddrs()
	for _, a := range addrs {
		ip, ok := a.(*net.IPNet)
		if !ok || ip.IP.IsLoopback() {
			continue
		}
		c, err := net.DialTimeout("tcp", net.JoinHostPort(ip.IP.String(), strconv.Itoa(addr.Port)), time.Second)
		if err == nil {
			c.Close()
			t.Errorf("the pad answers on %s", ip.IP)
		}
	}
}

// TestSave: the pad writes the file (the source of truth) dated by its
// clock and logs the edit; it does not overwrite an editor's save; it
// keeps the judged files as judged, and after time is up writes only
// what the candidate confirms as overtime.
func TestSave(t *testing.T) {
	f := newFixture(t)
	f.at(40 * time.Second)
	v0 := version(stub)
	if rec := f.save(stub+"// a\n", v0, false); rec.Code != 200 {
		t.Fatalf("save = %d %s", rec.Code, rec.Body)
	}
	if fi, _ := os.Stat(f.file); !fi.ModTime().Equal(t0.Add(40 * time.Second)) {
		t.Errorf("file dated %v", fi.ModTime())
	}

	// An editor saves; a save from the old version is refused with the
	// file's text.
	os.WriteFile(f.file, []byte("editor's\n"), 0o644)
	rec := f.save(stub+"// a b\n", version(stub+"// a\n"), false)
	var conflict struct{ Reason, Text, Version string }
	json.Unmarshal(rec.Body.Bytes(), &conflict)
	if rec.Code != 409 || conflict.Reason != "conflict" || conflict.Text != "editor's\n" || conflict.Version != version("editor's\n") {
		t.Errorf("stale save = %d %s", rec.Code, rec.Body)
	}
	if rec := f.save("mine\n", conflict.Version, false); rec.Code != 200 {
		t.Errorf("save after the conflict = %d %s", rec.Code, rec.Body)
	}

	// Time is up: within the grace a save is dated at the deadline; later
	// it needs the candidate's word.
	f.at(17*time.Minute + time.Second)
	if rec := f.save("in time\n", version("mine\n"), false); rec.Code != 200 {
		t.Errorf("save in the grace = %d %s", rec.Code, rec.Body)
	}
	if fi, _ := os.Stat(f.file); !fi.ModTime().Equal(t0.Add(17 * time.Minute)) {
		t.Errorf("a save in the grace dated %v", fi.ModTime())
	}
	f.at(18 * time.Minute)
	if rec := f.save("late\n", version("in time\n"), false); rec.Code != 409 || !strings.Contains(rec.Body.String(), "time_up") {
		t.Errorf("late save = %d %s", rec.Code, rec.Body)
	}
	if rec := f.save("late\n", version("in time\n"), true); rec.Code != 200 {
		t.Errorf("overtime save = %d %s", rec.Code, rec.Body)
	}
	if fi, _ := os.Stat(f.file); !fi.ModTime().Equal(t0.Add(18 * time.Minute)) {
		t.Errorf("an overtime save dated %v", fi.ModTime())
	}

	f.judged = true
	if rec := f.save("after\n", version("late\n"), true); rec.Code != 409 || !strings.Contains(rec.Body.String(), "judged") {
		t.Errorf("save after the verdict = %d %s", rec.Code, rec.Body)
	}
	b, _ := os.ReadFile(f.file)
	if string(b) != "late\n" {
		t.Errorf("file = %q", b)
	}

	tl, err := editlog.Read(f.log)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range tl.Snapshots {
		got = append(got, s.At.String()+" "+s.By+" "+strings.TrimSpace(s.Text()))
	}
	// The editor's save is in the log too: the pad's next save found it
	// on disk, under the log's lock, before writing its own.
	want := []string{
		"0s start " + strings.TrimSpace(stub),
		"40s pad " + strings.TrimSpace(stub+"// a"),
		"40s editor editor's",
		"40s pad mine",
		"17m0s pad in time",
		"18m0s pad late",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("edit log (-want +got):\n%s", diff)
	}
}

// TestNothingRuns: whatever the page sends, the only way to the judge is
// Submit, which ends the round as `judge submit` does.
func TestNothingRuns(t *testing.T) {
	f := newFixture(t)
	for _, r := range []request{
		{method: "POST", path: "/tok3n/api/run", body: "{}", header: jsonHeader},
		{method: "POST", path: "/tok3n/api/exec", body: `{"code":"package main"}`, header: jsonHeader},
		{method: "POST", path: "/tok3n/api/save", body: `{"key":"two-sum/solution.go","text":"x","run":true,"submit":true}`, header: jsonHeader},
		{method: "POST", path: "/tok3n/api/state", body: "{}", header: jsonHeader},
		{method: "GET", path: "/tok3n/api/submit"},
		{method: "PUT", path: "/tok3n/api/submit", body: "{}", header: jsonHeader},
		{method: "POST", path: "/tok3n/api/../api/submit/x", body: "{}", header: jsonHeader},
	} {
		f.do(r)
	}
	if f.submits != 0 {
		t.Fatalf("%d submits from requests other than POST api/submit", f.submits)
	}
	rec := f.do(request{method: "POST", path: "/tok3n/api/submit", body: "{}", header: jsonHeader})
	var st StateJSON
	json.Unmarshal(rec.Body.Bytes(), &st)
	if rec.Code != 200 || f.submits != 1 || st.Phase != PhaseJudged || st.Result == nil || !st.Result.Passed {
		t.Errorf("submit = %d %s (%d submits)", rec.Code, rec.Body, f.submits)
	}
}

// TestStateShowsEditorSaves: the state names each file's version, so the
// page picks up an editor's save; the save goes into the edit log dated
// by the file.
func TestStateShowsEditorSaves(t *testing.T) {
	f := newFixture(t)
	state := func() StateJSON {
		t.Helper()
		rec := f.do(request{path: "/tok3n/api/state"})
		var st StateJSON
		if err := json.Unmarshal(rec.Body.Bytes(), &st); err != nil {
			t.Fatalf("state: %v: %s", err, rec.Body)
		}
		return st
	}
	f.at(90 * time.Second)
	st := state()
	if st.Clock != "15:30 left" || st.Stage == nil || st.Stage.Name != "clarify" || st.Stage.Span != "0:00–3:00" {
		t.Errorf("state = %+v", st)
	}
	os.WriteFile(f.file, []byte("from vim\n"), 0o644)
	os.Chtimes(f.file, t0.Add(80*time.Second), t0.Add(80*time.Second))
	st = state()
	if st.Notepads[0].Version != version("from vim\n") {
		t.Errorf("version = %s", st.Notepads[0].Version)
	}
	rec := f.do(request{path: "/tok3n/api/notepad?key=two-sum/solution.go"})
	if !strings.Contains(rec.Body.String(), `"text":"from vim\n"`) {
		t.Errorf("notepad = %s", rec.Body)
	}
	tl, _ := editlog.Read(f.log)
	if last := tl.Snapshots[len(tl.Snapshots)-1]; last.By != editlog.ByEditor || last.At != 80*time.Second {
		t.Errorf("last snapshot %+v", last)
	}
	f.at(20 * time.Minute)
	if st := state(); st.Clock != "time is up" || st.Stage != nil {
		t.Errorf("after the deadline: %+v", st)
	}
}

// TestPage: the page has the statement (escaped), the plain textarea and
// the file's text, exactly.
func TestPage(t *testing.T) {
	f := newFixture(t)
	os.WriteFile(f.file, []byte("\nfirst line was empty </textarea><script>x</script>\n"), 0o644)
	rec := f.do(request{path: "/tok3n/"})
	body := rec.Body.String()
	for _, want := range []string{
		`spellcheck="false" autocomplete="off" autocorrect="off" autocapitalize="off"`,
		"Find &lt;two&gt; numbers.",
		// The newline after the tag is the one a parser drops.
		">\n\nfirst line was empty &lt;/textarea&gt;&lt;script&gt;x&lt;/script&gt;\n</textarea>",
		`<script src="static/pad.js" defer></script>`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	if strings.Contains(body, "<script>x") {
		t.Error("the file's text became markup")
	}
	f.judged = true
	if body := f.do(request{path: "/tok3n/"}).Body.String(); !strings.Contains(body, "✓ Accepted  two-sum") || !strings.Contains(body, "readonly") {
		t.Errorf("a judged round's page lacks the verdict or is not read-only")
	}
}

func TestReplayAPI(t *testing.T) {
	f := newFixture(t)
	f.at(70 * time.Second)
	f.save("one\n", version(stub), false)
	f.at(130 * time.Second)
	f.save("two\n", version("one\n"), false)
	rec := f.do(request{path: "/tok3n/api/replay"})
	var data struct {
		DurationMS int64 `json:"duration_ms"`
		EndMS      int64 `json:"end_ms"`
		Snapshots  []struct {
			MS int64 `json:"ms"`
		} `json:"snapshots"`
	}
	json.Unmarshal(rec.Body.Bytes(), &data)
	if data.DurationMS != 17*60000 || data.EndMS != 130000 || len(data.Snapshots) != 3 {
		t.Errorf("replay = %s", rec.Body)
	}
	for ms, want := range map[string]string{"0": stub, "69999": stub, "70000": "one\n", "100000": "one\n", "999999": "two\n"} {
		rec := f.do(request{path: "/tok3n/api/replay/at?ms=" + ms})
		var files []struct{ Text string }
		json.Unmarshal(rec.Body.Bytes(), &files)
		if len(files) != 1 || files[0].Text != want {
			t.Errorf("at %s ms: %s", ms, rec.Body)
		}
	}
	if rec := f.do(request{path: "/tok3n/api/replay/at?ms=-1"}); rec.Code != 400 {
		t.Errorf("negative time = %d", rec.Code)
	}
	b, _ := io.ReadAll(f.do(request{path: "/tok3n/replay"}).Body)
	if !strings.Contains(string(b), `type="range"`) {
		t.Error("the replay page has no slider")
	}
}

func TestMarkdown(t *testing.T) {
	got := string(markdown("# Title\n\nSome `a<b` and **bold**.\nmore\n\n- one\n- `two`\n\n```\nx < y\n```\n<script>alert(1)</script>"))
	want := "<h2>Title</h2>\n<p>Some <code>a&lt;b</code> and <strong>bold</strong>. more</p>\n<ul>\n<li>one</li>\n<li><code>two</code></li>\n</ul>\n<pre><code>x &lt; y\n</code></pre>\n<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("markdown (-want +got):\n%s", diff)
	}
}
