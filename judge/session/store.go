package session

import (
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
	// Warn receives problems that are not fatal: a torn history line, a
	// state file set aside. Nil discards them.
	Warn io.Writer
}

// Files of the store.
const (
	StateFile   = "session.json"
	HistoryFile = "history.jsonl"
	LockFile    = "session.lock"
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
	if probe.Version != Version {
		return nil, fmt.Sprintf("in format version %d, which this judge does not know", probe.Version)
	}
	s = &Session{}
	if err := json.Unmarshal(b, s); err != nil {
		return nil, "not a session (" + err.Error() + ")"
	}
	if s.ID == "" || len(s.Problems) == 0 || s.Deadline.IsZero() || s.Started.IsZero() {
		return nil, "incomplete (no id, problems or clock)"
	}
	for _, p := range s.Problems {
		if p.Slug == "" || p.File == "" {
			return nil, "incomplete (a problem without slug or file)"
		}
	}
	if s.Result != nil && len(s.Result.Reports) != len(s.Problems) {
		return nil, "inconsistent (its result does not match its problems)"
	}
	return s, ""
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

// Append adds r to the history in a single O_APPEND write, so that two
// judges appending at once never interleave; after a torn last line it
// starts on a line of its own.
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

// History reads the history, oldest first; damaged lines are skipped with
// a warning.
func (st *Store) History() ([]Record, error) {
	path := st.path(HistoryFile)
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read the history: %w", err)
	}
	defer f.Close()
	recs, warnings, err := ParseHistory(f)
	for _, w := range warnings {
		st.warn("history %s: %s", path, w)
	}
	if err != nil {
		return nil, fmt.Errorf("read the history: %w", err)
	}
	return recs, nil
}

// Stat reports what the file system says about the session's files now.
func (s *Session) Stat() []FileState {
	out := make([]FileState, len(s.Problems))
	for i, p := range s.Problems {
		fi, err := os.Stat(p.File)
		if err != nil {
			out[i].Missing = true
			continue
		}
		out[i].Modified = fi.ModTime()
	}
	return out
}
