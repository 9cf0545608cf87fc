// Package pad serves the round's notepad as a local web page: the
// statement, a plain textarea per notepad file (no highlighting, no
// completion, nothing runs), the clock, the stage and a Submit button;
// and a playback of the round from its edit log. The files on disk stay
// the source of truth: the page saves into them and picks up an editor's
// saves. It answers only on the loopback address, only to requests that
// carry its token and name its own host, and refuses cross-origin writes.
package pad

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"mime"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/judgehq/judge/judge/editlog"
)

// Round is a session as the pad shows it, made afresh from the state on
// disk for each request.
type Round struct {
	Session string
	// Phase is notepad, time_up or judged.
	Phase    string
	Now      time.Time
	Started  time.Time
	Deadline time.Time
	Notepads []Notepad
	Plan     []Stage
	// Stage is the index in Plan of the stage the candidate should be in;
	// -1 outside the notepad phase.
	Stage int
	// Result is the verdict and the review, once judged.
	Result *Result
	// Log is the round's edit log; empty when it has none.
	Log string
	// Next, in a loop whose round is judged, names the round that follows
	// ("round 2 of 5, ML design, 45:00"); empty otherwise.
	Next string
}

// Notepad is one file of the round and what it answers.
type Notepad struct {
	// Key names the file in the edit log and in the page.
	Key        string
	Name       string
	Title      string
	Difficulty string
	// Statement is the problem or prompt, in markdown.
	Statement string
	Path      string
}

// Stage is one stage of the plan, from the round's start.
type Stage struct {
	Notepad    string
	Name       string
	Prompt     string
	Start, End time.Duration
}

// Result is a judged round, as the terminal shows it.
type Result struct {
	Passed bool
	Text   string
}

// The phases a Round may be in.
const (
	PhaseNotepad = "notepad"
	PhaseTimeUp  = "time_up"
	PhaseJudged  = "judged"
)

// Grace is how long after the deadline a save still counts as typing done
// before it (the page saves half a second after the last keystroke): it
// is dated at the deadline. Later saves need the candidate's word that
// they are overtime.
const Grace = 2 * time.Second

// Server is the pad's HTTP side.
type Server struct {
	// Token must start every request's path.
	Token string
	// Port is the one the server listens on; the Host header must name it.
	Port int
	// Load reads the round as it stands; nil without a session.
	Load func() (*Round, error)
	// Submit ends the notepad phase and judges the round, as `judge
	// submit` does.
	Submit func(ctx context.Context) error
	// Replay is the round's timeline for the replay page, as text.
	Replay func() (string, error)
	// Advance starts the loop's next round once the current one is
	// judged, as `judge submit --next` does.
	Advance func(ctx context.Context) error

	mu   sync.Mutex
	logs map[string]*editlog.Log
	// seen are the notepads' versions last served, to record an editor's
	// changes when they appear.
	seen map[string]string
	// submitting serializes submits from several tabs.
	submitting sync.Mutex
}

// NewToken makes a token no other page can guess.
func NewToken() string {
	b := make([]byte, 24)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand does not fail on supported systems
	}
	return hex.EncodeToString(b)
}

// Listen opens a listener on the loopback address at a port the system
// picks: the pad is never reachable from another machine.
func Listen() (net.Listener, error) {
	return net.Listen("tcp", "127.0.0.1:0")
}

// URL is the page's address.
func (s *Server) URL() string {
	return fmt.Sprintf("http://127.0.0.1:%d/%s/", s.Port, s.Token)
}

//go:embed assets
var assets embed.FS

var templates = template.Must(template.New("").Funcs(template.FuncMap{
	"markdown": markdown,
	"clock":    clock,
	"elapsed":  elapsed,
}).ParseFS(assets, "assets/*.html"))

// Handler serves the pad: every request passes the guard first.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	static, _ := fs.Sub(assets, "assets")
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	mux.HandleFunc("GET /{$}", s.page)
	mux.HandleFunc("GET /replay", s.replayPage)
	mux.HandleFunc("GET /api/state", s.state)
	mux.HandleFunc("GET /api/notepad", s.notepad)
	mux.HandleFunc("POST /api/save", s.save)
	mux.HandleFunc("POST /api/submit", s.submit)
	mux.HandleFunc("POST /api/next", s.next)
	mux.HandleFunc("GET /api/replay", s.replayData)
	mux.HandleFunc("GET /api/replay/at", s.replayAt)
	return s.guard(mux)
}

var crossOrigin = http.NewCrossOriginProtection()

// guard refuses, with 403, a request that names another host (a DNS
// rebinding: another site's name pointed at 127.0.0.1), that lacks the
// token, or that writes from another origin; a write must be JSON, which
// a cross-site form cannot send.
func (s *Server) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cache-Control", "no-store")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		if !s.hostOK(r.Host) {
			http.Error(w, "forbidden: the pad answers only at its own address", http.StatusForbidden)
			return
		}
		rest, ok := s.tokenOK(r.URL.Path)
		if !ok {
			http.Error(w, "forbidden: open the address `judge pad` printed, with its token", http.StatusForbidden)
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			if err := crossOrigin.Check(r); err != nil {
				http.Error(w, "forbidden: a write from another origin", http.StatusForbidden)
				return
			}
			if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "application/json" {
				http.Error(w, "a write must be JSON", http.StatusUnsupportedMediaType)
				return
			}
		}
		if rest == "" {
			http.Redirect(w, r, "/"+s.Token+"/", http.StatusFound)
			return
		}
		r2 := r.Clone(r.Context())
		r2.URL.Path = rest
		r2.URL.RawPath = ""
		next.ServeHTTP(w, r2)
	})
}

// hostOK reports whether host names the pad itself.
func (s *Server) hostOK(host string) bool {
	port := strconv.Itoa(s.Port)
	return host == "127.0.0.1:"+port || host == "localhost:"+port
}

// tokenOK checks the path's first segment against the token, in constant
// time, and returns the rest of the path.
func (s *Server) tokenOK(path string) (string, bool) {
	seg, rest, _ := strings.Cut(strings.TrimPrefix(path, "/"), "/")
	if s.Token == "" || subtle.ConstantTimeCompare([]byte(seg), []byte(s.Token)) != 1 {
		return "", false
	}
	if rest == "" && !strings.HasSuffix(path, "/") {
		return "", true
	}
	return "/" + rest, true
}

// clock formats a duration as m:ss or h:mm:ss, rounded up as a countdown
// shows it.
func clock(d time.Duration) string {
	neg := d < 0
	if neg {
		d = -d
	}
	s := int((d + time.Second - 1) / time.Second)
	out := fmt.Sprintf("%d:%02d", s/60, s%60)
	if s >= 3600 {
		out = fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	if neg {
		out = "-" + out
	}
	return out
}

// elapsed formats time gone by, rounded down, as the plan shows it.
func elapsed(d time.Duration) string { return clock(d.Truncate(time.Second)) }

// version names a text's content.
func version(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:8])
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

type apiError struct {
	Error string `json:"error"`
	// Reason is a word the page acts on: no_session, judged, time_up,
	// conflict.
	Reason string `json:"reason,omitempty"`
}

// load reads the round, answering the request itself when there is none.
func (s *Server) load(w http.ResponseWriter) (*Round, bool) {
	r, err := s.Load()
	if err != nil {
		writeJSON(w, http.StatusInternalServerError, apiError{Error: err.Error()})
		return nil, false
	}
	if r == nil {
		writeJSON(w, http.StatusConflict, apiError{Error: "no session: `judge start SLUG` or `judge mock` begins one", Reason: "no_session"})
		return nil, false
	}
	return r, true
}

// log opens the round's edit log once; nil when it has none.
func (s *Server) log(r *Round) *editlog.Log {
	if r.Log == "" {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if l := s.logs[r.Log]; l != nil {
		return l
	}
	l, err := editlog.Open(r.Log)
	if err != nil {
		return nil
	}
	if s.logs == nil {
		s.logs = map[string]*editlog.Log{}
	}
	s.logs[r.Log] = l
	return l
}

func findNotepad(r *Round, key string) (Notepad, bool) {
	for _, n := range r.Notepads {
		if n.Key == key {
			return n, true
		}
	}
	return Notepad{}, false
}

// readText reads a notepad's file; a missing one is empty.
func readText(path string) (string, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	return string(b), err
}

// StateJSON is what the page polls each second.
type StateJSON struct {
	Session          string         `json:"session"`
	Phase            string         `json:"phase"`
	RemainingSeconds int            `json:"remaining_seconds"`
	ElapsedSeconds   int            `json:"elapsed_seconds"`
	Clock            string         `json:"clock"`
	Stage            *StageJSON     `json:"stage"`
	Notepads         []NotepadState `json:"notepads"`
	Result           *ResultJSON    `json:"result"`
	// Next names the loop's next round once this one is judged.
	Next string `json:"next,omitempty"`
}

// StageJSON is the stage the candidate should be in.
type StageJSON struct {
	Index   int    `json:"index"`
	Notepad string `json:"notepad"`
	Name    string `json:"name"`
	Prompt  string `json:"prompt"`
	Span    string `json:"span"`
}

// NotepadState is a notepad's file as it is on disk.
type NotepadState struct {
	Key     string `json:"key"`
	Version string `json:"version"`
	Bytes   int    `json:"bytes"`
}

// ResultJSON is the judged round.
type ResultJSON struct {
	Passed bool   `json:"passed"`
	Text   string `json:"text"`
}

func (s *Server) stateOf(r *Round) StateJSON {
	st := StateJSON{Session: r.Session, Phase: r.Phase, Notepads: []NotepadState{}, Next: r.Next}
	st.ElapsedSeconds = int(min(max(r.Now.Sub(r.Started), 0), r.Deadline.Sub(r.Started)) / time.Second)
	switch r.Phase {
	case PhaseNotepad:
		left := r.Deadline.Sub(r.Now)
		st.RemainingSeconds = int((left + time.Second - 1) / time.Second)
		st.Clock = clock(left) + " left"
	case PhaseTimeUp:
		st.Clock = "time is up"
	case PhaseJudged:
		st.Clock = "judged"
	}
	if r.Stage >= 0 && r.Stage < len(r.Plan) {
		p := r.Plan[r.Stage]
		st.Stage = &StageJSON{Index: r.Stage, Notepad: p.Notepad, Name: p.Name, Prompt: p.Prompt, Span: elapsed(p.Start) + "–" + elapsed(p.End)}
	}
	var changed []string
	for _, n := range r.Notepads {
		text, err := readText(n.Path)
		if err != nil {
			continue
		}
		v := version(text)
		st.Notepads = append(st.Notepads, NotepadState{Key: n.Key, Version: v, Bytes: len(text)})
		s.mu.Lock()
		if s.seen == nil {
			s.seen = map[string]string{}
		}
		if s.seen[n.Key] != v {
			s.seen[n.Key] = v
			changed = append(changed, n.Key)
		}
		s.mu.Unlock()
	}
	// An editor's save, seen here first, goes into the edit log: the
	// watcher may not be running.
	if l := s.log(r); l != nil && r.Phase != PhaseJudged {
		for _, k := range changed {
			_, _ = l.Observe(k, editlog.ByEditor, r.Now)
		}
	}
	if r.Result != nil {
		st.Result = &ResultJSON{Passed: r.Result.Passed, Text: r.Result.Text}
	}
	return st
}

func (s *Server) state(w http.ResponseWriter, req *http.Request) {
	r, ok := s.load(w)
	if !ok {
		return
	}
	writeJSON(w, http.StatusOK, s.stateOf(r))
}

func (s *Server) notepad(w http.ResponseWriter, req *http.Request) {
	r, ok := s.load(w)
	if !ok {
		return
	}
	n, ok := findNotepad(r, req.URL.Query().Get("key"))
	if !ok {
		writeJSON(w, http.StatusNotFound, apiError{Error: "no such notepad in this round"})
		return
	}
	text, err := readText(n.Path)
	if err != nil {
		writeJSON(w, http.StatusInternalServerError, apiError{Error: err.Error()})
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"key": n.Key, "text": text, "version": version(text)})
}

// SaveRequest is a save from the page.
type SaveRequest struct {
	Key  string `json:"key"`
	Text string `json:"text"`
	// Base is the version the text was edited from: a file changed on
	// disk since (an editor's save) is not overwritten.
	Base string `json:"base"`
	// Overtime is the candidate's word that an edit after time is up is
	// meant, and counts as overtime.
	Overtime bool `json:"overtime"`
}

// maxSave bounds a save's body: a notepad is text, not a data set.
const maxSave = 1 << 20

func (s *Server) save(w http.ResponseWriter, req *http.Request) {
	var sr SaveRequest
	if err := json.NewDecoder(io.LimitReader(req.Body, maxSave+4096)).Decode(&sr); err != nil {
		writeJSON(w, http.StatusBadRequest, apiError{Error: "not a save: " + err.Error()})
		return
	}
	if len(sr.Text) > maxSave {
		writeJSON(w, http.StatusRequestEntityTooLarge, apiError{Error: "a notepad is limited to 1 MB"})
		return
	}
	r, ok := s.load(w)
	if !ok {
		return
	}
	n, ok := findNotepad(r, sr.Key)
	if !ok {
		writeJSON(w, http.StatusNotFound, apiError{Error: "no such notepad in this round"})
		return
	}
	at := r.Now
	switch r.Phase {
	case PhaseJudged:
		writeJSON(w, http.StatusConflict, apiError{Error: "the round is judged: its files are as they were judged", Reason: "judged"})
		return
	case PhaseTimeUp:
		if r.Now.Sub(r.Deadline) <= Grace {
			at = r.Deadline
		} else if !sr.Overtime {
			writeJSON(w, http.StatusConflict, apiError{Error: "time is up: an edit now counts as overtime", Reason: "time_up"})
			return
		}
	}
	current, err := readText(n.Path)
	if err != nil {
		writeJSON(w, http.StatusInternalServerError, apiError{Error: err.Error()})
		return
	}
	if current == sr.Text {
		writeJSON(w, http.StatusOK, map[string]any{"version": version(current)})
		return
	}
	if sr.Base != version(current) {
		writeJSON(w, http.StatusConflict, map[string]any{
			"error":   n.Key + " changed on disk (an editor's save?): the pad now shows the file",
			"reason":  "conflict",
			"text":    current,
			"version": version(current),
		})
		return
	}
	if l := s.log(r); l != nil {
		err = l.Write(n.Key, editlog.ByPad, sr.Text, at)
	} else {
		err = editlog.WriteFile(n.Path, sr.Text, at)
	}
	if err != nil {
		writeJSON(w, http.StatusInternalServerError, apiError{Error: "save " + n.Key + ": " + err.Error()})
		return
	}
	v := version(sr.Text)
	s.mu.Lock()
	if s.seen == nil {
		s.seen = map[string]string{}
	}
	s.seen[n.Key] = v
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, map[string]any{"version": v})
}

// submit judges the round as `judge submit` does; a page that sends
// anything else runs nothing, in any phase.
func (s *Server) submit(w http.ResponseWriter, req *http.Request) {
	s.submitting.Lock()
	defer s.submitting.Unlock()
	if _, ok := s.load(w); !ok {
		return
	}
	if err := s.Submit(req.Context()); err != nil {
		writeJSON(w, http.StatusInternalServerError, apiError{Error: err.Error()})
		return
	}
	r, ok := s.load(w)
	if !ok {
		return
	}
	writeJSON(w, http.StatusOK, s.stateOf(r))
}

// next starts the loop's next round; the page then loads it.
func (s *Server) next(w http.ResponseWriter, req *http.Request) {
	s.submitting.Lock()
	defer s.submitting.Unlock()
	r, ok := s.load(w)
	if !ok {
		return
	}
	switch {
	case r.Phase != PhaseJudged:
		writeJSON(w, http.StatusConflict, apiError{Error: "this round is not judged yet: submit it first"})
		return
	case r.Next == "" || s.Advance == nil:
		writeJSON(w, http.StatusConflict, apiError{Error: "no round follows this one"})
		return
	}
	if err := s.Advance(req.Context()); err != nil {
		writeJSON(w, http.StatusInternalServerError, apiError{Error: err.Error()})
		return
	}
	if r, ok = s.load(w); ok {
		writeJSON(w, http.StatusOK, s.stateOf(r))
	}
}

// pageData is what the page's template shows.
type pageData struct {
	Round    *Round
	State    StateJSON
	Texts    map[string]string
	Versions map[string]string
	Multi    bool
	// Owners name the notepad of each first stage of one, when there
	// are several.
	Owners []string
}

func (s *Server) page(w http.ResponseWriter, req *http.Request) {
	r, err := s.Load()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if r == nil {
		_ = templates.ExecuteTemplate(w, "none.html", nil)
		return
	}
	d := pageData{Round: r, State: s.stateOf(r), Texts: map[string]string{}, Versions: map[string]string{}, Multi: len(r.Notepads) > 1}
	for _, n := range r.Notepads {
		text, _ := readText(n.Path)
		d.Texts[n.Key], d.Versions[n.Key] = text, version(text)
	}
	for i, st := range r.Plan {
		owner := ""
		if n, ok := findNotepad(r, st.Notepad); ok && d.Multi && (i == 0 || r.Plan[i-1].Notepad != st.Notepad) {
			owner = n.Name
		}
		d.Owners = append(d.Owners, owner)
	}
	if err := templates.ExecuteTemplate(w, "page.html", d); err != nil {
		fmt.Fprintf(os.Stderr, "judge pad: %v\n", err)
	}
}

func (s *Server) replayPage(w http.ResponseWriter, req *http.Request) {
	r, err := s.Load()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if r == nil {
		_ = templates.ExecuteTemplate(w, "none.html", nil)
		return
	}
	summary := "This round has no edit log."
	if s.Replay != nil {
		if text, err := s.Replay(); err == nil {
			summary = text
		} else {
			summary = err.Error()
		}
	}
	if err := templates.ExecuteTemplate(w, "replay.html", map[string]any{"Round": r, "Summary": summary}); err != nil {
		fmt.Fprintf(os.Stderr, "judge pad: %v\n", err)
	}
}

// replayData is the timeline the replay page's slider moves over.
func (s *Server) replayData(w http.ResponseWriter, req *http.Request) {
	r, ok := s.load(w)
	if !ok {
		return
	}
	tl, err := editlog.Read(r.Log)
	if err != nil {
		writeJSON(w, http.StatusNotFound, apiError{Error: "this round has no edit log"})
		return
	}
	type snap struct {
		MS      int64  `json:"ms"`
		Notepad string `json:"notepad"`
		By      string `json:"by"`
		Bytes   int    `json:"bytes"`
	}
	type stage struct {
		Notepad string `json:"notepad"`
		Name    string `json:"name"`
		StartMS int64  `json:"start_ms"`
		EndMS   int64  `json:"end_ms"`
	}
	out := struct {
		DurationMS int64   `json:"duration_ms"`
		EndMS      int64   `json:"end_ms"`
		Snapshots  []snap  `json:"snapshots"`
		Plan       []stage `json:"plan"`
	}{DurationMS: tl.Duration().Milliseconds(), EndMS: tl.End().Milliseconds(), Snapshots: []snap{}, Plan: []stage{}}
	for _, sn := range tl.Snapshots {
		out.Snapshots = append(out.Snapshots, snap{sn.At.Milliseconds(), sn.Notepad, sn.By, sn.Bytes})
	}
	for _, st := range tl.Header.Plan {
		out.Plan = append(out.Plan, stage(st))
	}
	writeJSON(w, http.StatusOK, out)
}

// replayAt is every notepad at a moment of the round.
func (s *Server) replayAt(w http.ResponseWriter, req *http.Request) {
	r, ok := s.load(w)
	if !ok {
		return
	}
	ms, err := strconv.ParseInt(req.URL.Query().Get("ms"), 10, 64)
	if err != nil || ms < 0 {
		writeJSON(w, http.StatusBadRequest, apiError{Error: "ms: a time in milliseconds from the start"})
		return
	}
	tl, err := editlog.Read(r.Log)
	if err != nil {
		writeJSON(w, http.StatusNotFound, apiError{Error: "this round has no edit log"})
		return
	}
	type file struct {
		Key     string `json:"key"`
		Name    string `json:"name"`
		Text    string `json:"text"`
		SavedMS int64  `json:"saved_ms"`
		By      string `json:"by"`
	}
	out := []file{}
	for _, st := range tl.At(time.Duration(ms) * time.Millisecond) {
		out = append(out, file{st.Notepad.Key, st.Notepad.Name, st.Text, st.At.Milliseconds(), st.By})
	}
	writeJSON(w, http.StatusOK, out)
}
