package session

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/judgehq/judge/judge/home"
)

// Store keeps the current session and the history in a folder (JUDGE_HOME):
// session.json, written atomically; history.jsonl, append-only; and
// session.lock, which serializes the commands that change them.
type Store struct {
	Dir string
	// Warn receives problems that are not fatal: a history line or a
	// state file set aside. Nil discards them.
	Warn io.Writer
}

// Files of the store.
const (
	StateFile   = "session.json"
	HistoryFile = "history.jsonl"
	LockFile    = "session.lock"
	// HistoryAside keeps the history lines that were not records.
	HistoryAside = HistoryFile + ".corrupt"
)

func (st *Store) path(name string) string { return filepath.Join(st.Dir, name) }

func (st *Store) warn(format string, args ...any) {
	if st.Warn != nil {
		fmt.Fprintf(st.Warn, "judge: warning: "+format+"\n", args...)
	}
}

// Load reads the current session; nil when there is none. A state file that
// cannot be understood is renamed aside (.corrupt) with a warning and the
// store goes on with no session: the user's solution files are untouched
// and `judge start` begins afresh.
func (st *Store) Load() (*Session, error) {
	path := st.path(StateFile)
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read the session state: %w", err)
	}
	s, why := decodeState(b)
	if why == "" {
		return s, nil
	}
	aside, err := home.MoveAside(path, ".corrupt")
	if err != nil {
		return nil, fmt.Errorf("the session state %s is %s, and setting it aside failed: %w; remove it by hand", path, why, err)
	}
	st.warn("the session state %s was %s; kept it as %s and went on with no session (your solution files are untouched)", path, why, aside)
	return nil, nil
}

// decodeState parses a state file; why says what is wrong with it.
func decodeState(b []byte) (s *Session, why string) {
	var probe struct {
		Version int `json:"version"`
	}
	if err := json.Unmarshal(b, &probe); err != nil {
		return nil, "not valid JSON (" + err.Error() + ")"
	}
	if probe.Version != 1 && probe.Version != Version {
		return nil, fmt.Sprintf("in format version %d, which this judge does not know", probe.Version)
	}
	s = &Session{}
	if err := json.Unmarshal(b, s); err != nil {
		return nil, "not a session (" + err.Error() + ")"
	}
	if s.ID == "" {
		return nil, "incomplete (no id)"
	}
	for i, r := range s.Rounds() {
		if r.Kind == "" {
			r.Kind = KindCoding
		}
		if why := r.incomplete(); why != "" {
			return nil, fmt.Sprintf("incomplete (round %d: %s)", i+1, why)
		}
		if i < s.Index() && r.Result == nil {
			return nil, fmt.Sprintf("inconsistent (round %d is over but not judged)", i+1)
		}
		if i > s.Index() && (r.Result != nil || r.PlannedSeconds <= 0) {
			return nil, fmt.Sprintf("inconsistent (round %d is to come but has a result or no clock)", i+1)
		}
	}
	if s.Deadline.IsZero() || s.Started.IsZero() {
		return nil, "incomplete (no id, problems or clock)"
	}
	s.Version = Version
	return s, ""
}

// incomplete says what a round lacks, or "".
func (r *Round) incomplete() string {
	switch r.Kind {
	case KindCoding:
		if len(r.Problems) == 0 {
			return "no problems"
		}
		for _, p := range r.Problems {
			if p.Slug == "" || p.File == "" {
				return "a problem without slug or file"
			}
		}
		if r.Result != nil && len(r.Result.Reports) != len(r.Problems) {
			return "its result does not match its problems"
		}
	case KindDesign:
		if r.Design == nil || r.Design.Slug == "" || r.Notes == "" {
			return "an ML design round without prompt or notepad"
		}
	case KindBehavioral:
		if len(r.Questions) == 0 || r.Notes == "" {
			return "a behavioral round without questions or notepad"
		}
	default:
		return fmt.Sprintf("unknown kind %q", r.Kind)
	}
	return ""
}

// Save writes s as the current session, atomically.
func (st *Store) Save(s *Session) error {
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	if err := home.WriteFileAtomic(st.path(StateFile), append(b, '\n')); err != nil {
		return fmt.Errorf("save the session: %w", err)
	}
	return nil
}

// Lock takes the store's lock, waiting for another judge that holds it, and
// returns its release. The kernel drops it if the process dies.
func (st *Store) Lock() (unlock func(), err error) {
	if err := os.MkdirAll(st.Dir, 0o755); err != nil {
		return nil, err
	}
	release, err := lock(st.path(LockFile))
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", st.path(LockFile), err)
	}
	return release, nil
}

// Append adds r to the history in a single O_APPEND write; after a torn
// last line it starts on a line of its own. Call it under the store's
// lock: History may rewrite the file to set damaged lines aside.
func (st *Store) Append(r Record) error {
	line, err := r.MarshalLine()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(st.Dir, 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(st.path(HistoryFile), os.O_RDWR|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return fmt.Errorf("record the session: %w", err)
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Size() > 0 {
		last := make([]byte, 1)
		if _, err := f.ReadAt(last, fi.Size()-1); err == nil && last[0] != '\n' {
			line = append([]byte{'\n'}, line...)
		}
	}
	if _, err := f.Write(line); err != nil {
		return fmt.Errorf("record the session: %w", err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("record the session: %w", err)
	}
	return f.Close()
}

// History reads the history, oldest first. Lines that are not records (a
// torn line after a crash, damage) are set aside once, with a warning:
// appended to history.jsonl.corrupt and dropped from the history, so that
// later commands read it clean. While another command holds the store's
// lock they are only skipped, and a later command sets them aside.
func (st *Store) History() ([]Record, error) {
	_, recs, damaged, err := st.readHistory()
	if err != nil || len(damaged) == 0 {
		return recs, err
	}
	path := st.path(HistoryFile)
	unlock, err := tryLock(st.path(LockFile))
	if err != nil {
		for _, d := range damaged {
			st.warn("history %s: %s; skipped", path, d)
		}
		return recs, nil
	}
	defer unlock()
	// Read again under the lock: the history may have changed since.
	b, recs, damaged, err := st.readHistory()
	if err != nil {
		return nil, err
	}
	if len(damaged) == 0 {
		return recs, nil
	}
	aside := st.path(HistoryAside)
	if err := st.setAside(b, damaged); err != nil {
		for _, d := range damaged {
			st.warn("history %s: %s; skipped (setting it aside in %s failed: %v)", path, d, aside, err)
		}
		return recs, nil
	}
	for _, d := range damaged {
		st.warn("history %s: %s; moved it to %s", path, d, aside)
	}
	return recs, nil
}

// readHistory reads the history file: its bytes, its records and its
// damaged lines.
func (st *Store) readHistory() ([]byte, []Record, []Damage, error) {
	b, err := os.ReadFile(st.path(HistoryFile))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil, nil
	}
	if err != nil {
		return nil, nil, nil, fmt.Errorf("read the history: %w", err)
	}
	recs, damaged, err := ParseHistory(bytes.NewReader(b))
	if err != nil {
		return nil, nil, nil, fmt.Errorf("read the history: %w", err)
	}
	return b, recs, damaged, nil
}

// setAside appends the damaged lines of history b to HistoryAside, then
// rewrites the history without them. A crash in between leaves them in
// both, and the next command sets them aside again: nothing is lost.
func (st *Store) setAside(b []byte, damaged []Damage) error {
	drop := map[int]bool{}
	var bad []byte
	for _, d := range damaged {
		drop[d.Line] = true
		bad = append(bad, d.Text...)
		if !bytes.HasSuffix(d.Text, []byte("\n")) {
			bad = append(bad, '\n')
		}
	}
	f, err := os.OpenFile(st.path(HistoryAside), os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(bad); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	var kept []byte
	for i, line := range bytes.SplitAfter(b, []byte("\n")) {
		if !drop[i+1] {
			kept = append(kept, line...)
		}
	}
	return home.WriteFileAtomic(st.path(HistoryFile), kept)
}

// SetAside lists the files the store set aside, for the user to look at:
// state files it could not read, and damaged history lines.
func (st *Store) SetAside() []string {
	files, _ := filepath.Glob(st.path(StateFile + ".corrupt*"))
	if _, err := os.Stat(st.path(HistoryAside)); err == nil {
		files = append(files, st.path(HistoryAside))
	}
	return files
}
