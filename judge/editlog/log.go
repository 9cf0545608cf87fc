// Package editlog records every change to a round's notepad files in an
// append-only log beside the session, and reads it back as a timeline:
// each file's snapshots, when the first example, the first line of code
// and the last edit came against the stage plan, and the edits of each
// stage. The files stay the source of truth; the log is their playback.
package editlog

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/judgehq/judge/judge/home"
)

// Format names the log in its header line.
const Format = "judge-edit-log"

// Version is the log format; a log of another version is not read.
const Version = 1

// Who made a change.
const (
	// ByStart is the file as the round began: each notepad's baseline.
	ByStart = "start"
	// ByPad is an edit saved by `judge pad`.
	ByPad = "pad"
	// ByEditor is an edit found on disk: an editor's save, seen by the
	// watcher or by a judge command.
	ByEditor = "editor"
)

// Bounds of the log. A normal round logs a few hundred kilobytes (each
// entry is one coalesced edit, a splice of a few bytes; a keyframe every
// KeyEvery entries of a file); MaxBytes stops a runaway one.
const (
	KeyEvery = 64
	MaxBytes = 4 << 20
	// MaxFile is the largest notepad the log copies; a bigger file is
	// judged, never logged.
	MaxFile = 256 << 10
)

// Header is the log's first line: what it is the log of.
type Header struct {
	Format   string    `json:"format"`
	Version  int       `json:"version"`
	Session  string    `json:"session"`
	Started  time.Time `json:"started"`
	Deadline time.Time `json:"deadline"`
	Notepads []Notepad `json:"notepads"`
	// Plan is the round's stage plan as it stood when the round began.
	Plan []Stage `json:"plan"`
}

// Notepad is one file the candidate writes in during the round.
type Notepad struct {
	// Key names the file in the log: its path from the round's folder.
	Key string `json:"key"`
	// Name is what the round calls it (the problem's slug).
	Name string `json:"name"`
	// Path is the file, absolute.
	Path string `json:"path"`
}

// Stage is one stage of the plan, from the round's start.
type Stage struct {
	Notepad string `json:"notepad"`
	Name    string `json:"name"`
	StartMS int64  `json:"start_ms"`
	EndMS   int64  `json:"end_ms"`
}

// Start and End are the stage's bounds from the round's start.
func (s Stage) Start() time.Duration { return time.Duration(s.StartMS) * time.Millisecond }
func (s Stage) End() time.Duration   { return time.Duration(s.EndMS) * time.Millisecond }

// entry is one line after the header: a keyframe (Text set) or a splice
// of one notepad, with the length and checksum of the text it makes, so
// that a damaged line is noticed rather than replayed into nonsense.
type entry struct {
	MS   int64   `json:"ms"`
	File string  `json:"f,omitempty"`
	By   string  `json:"by,omitempty"`
	Text *string `json:"text,omitempty"`
	At   int     `json:"at,omitempty"`
	Del  int     `json:"del,omitempty"`
	Ins  string  `json:"ins,omitempty"`
	// B64: Text or Ins is base64, the file not being UTF-8.
	B64 bool   `json:"b64,omitempty"`
	N   int    `json:"n"`
	CRC uint32 `json:"crc"`
	// Full marks the log's bound: nothing after it was recorded.
	Full bool `json:"full,omitempty"`
}

// Path is where the log of session id lives in a store folder.
func Path(storeDir, id string) string {
	return filepath.Join(storeDir, "edits", id+".jsonl")
}

// Create writes a new log with its header and each notepad's baseline,
// read from disk at the round's start. It replaces any log at path.
func Create(path string, h Header) error {
	h.Format, h.Version = Format, Version
	line, err := json.Marshal(h)
	if err != nil {
		return err
	}
	buf := append(line, '\n')
	for _, n := range h.Notepads {
		b, err := os.ReadFile(n.Path)
		if err != nil || len(b) > MaxFile {
			continue // its first observation keyframes it
		}
		e := keyframe(0, n.Key, ByStart, string(b))
		line, err := json.Marshal(e)
		if err != nil {
			return err
		}
		buf = append(append(buf, line...), '\n')
	}
	return home.WriteFileAtomic(path, buf)
}

func keyframe(ms int64, key, by, text string) entry {
	e := entry{MS: ms, File: key, By: by, N: len(text), CRC: crc32.ChecksumIEEE([]byte(text))}
	if utf8.ValidString(text) {
		e.Text = &text
	} else {
		enc := base64.StdEncoding.EncodeToString([]byte(text))
		e.Text, e.B64 = &enc, true
	}
	return e
}

func spliceEntry(ms int64, key, by string, sp splice, result string) entry {
	e := entry{MS: ms, File: key, By: by, At: sp.at, Del: sp.del, Ins: sp.ins, N: len(result), CRC: crc32.ChecksumIEEE([]byte(result))}
	if !utf8.ValidString(sp.ins) {
		e.Ins, e.B64 = base64.StdEncoding.EncodeToString([]byte(sp.ins)), true
	}
	return e
}

// ErrNoLog is returned for a round that has no edit log: one begun by a
// judge that did not record edits.
var ErrNoLog = errors.New("no edit log")

// Log is an open edit log. Its methods are safe for concurrent use, and
// several processes may write one log: each change is made under a lock
// on the log file, after reading what the others appended.
type Log struct {
	path string

	mu     sync.Mutex
	hdr    Header
	offset int64
	lastMS int64
	files  map[string]*fileState
	full   bool
	// damaged counts the lines that could not be read or replayed.
	damaged int
	// seen, when set, is told of each entry read and the text it made.
	seen func(e entry, text string, ok bool)
	// noSync skips the fsync of each entry: for tests that write a whole
	// round in a moment.
	noSync bool
}

// fileState is a notepad's text as the log has it.
type fileState struct {
	text string
	// ok is false while the text is not known (no keyframe yet, or a
	// damaged line): the next change is written as a keyframe.
	ok bool
	// sinceKey counts the splices since the last keyframe.
	sinceKey int
}

// Open reads the log at path.
func Open(path string) (*Log, error) {
	l := &Log{path: path, files: map[string]*fileState{}}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, ErrNoLog
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if err := l.catchUp(f); err != nil {
		return nil, err
	}
	return l, nil
}

// Header is what the log is of.
func (l *Log) Header() Header { return l.hdr }

// Notepad finds a notepad of the log by key.
func (l *Log) Notepad(key string) (Notepad, bool) {
	for _, n := range l.hdr.Notepads {
		if n.Key == key {
			return n, true
		}
	}
	return Notepad{}, false
}

// catchUp reads the complete lines appended since the last read.
func (l *Log) catchUp(f *os.File) error {
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	if fi.Size() < l.offset {
		return fmt.Errorf("edit log %s shrank: it is append-only", l.path)
	}
	if fi.Size() == l.offset {
		return nil
	}
	b := make([]byte, fi.Size()-l.offset)
	if _, err := f.ReadAt(b, l.offset); err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	for {
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			return nil // a torn line: not ours to read yet
		}
		line := b[:i]
		b = b[i+1:]
		first := l.offset == 0
		l.offset += int64(i + 1)
		if first {
			if err := json.Unmarshal(line, &l.hdr); err != nil || l.hdr.Format != Format {
				return fmt.Errorf("%s is not an edit log", l.path)
			}
			if l.hdr.Version != Version {
				return fmt.Errorf("edit log %s is in format version %d, which this judge does not know", l.path, l.hdr.Version)
			}
			continue
		}
		var e entry
		if json.Unmarshal(line, &e) != nil {
			l.damaged++
			continue
		}
		l.apply(e)
	}
}

// apply takes e into the state; a splice that does not fit, or whose
// result fails its checksum, leaves the file unknown until a keyframe.
func (l *Log) apply(e entry) {
	l.lastMS = max(l.lastMS, e.MS)
	if e.Full {
		l.full = true
		if l.seen != nil {
			l.seen(e, "", false)
		}
		return
	}
	st := l.files[e.File]
	if st == nil {
		st = &fileState{}
		l.files[e.File] = st
	}
	text, ok := decode(e, st)
	st.text, st.ok = text, ok
	if !ok {
		l.damaged++
	}
	if l.seen != nil {
		l.seen(e, text, ok)
	}
	if e.Text != nil {
		st.sinceKey = 0
	} else {
		st.sinceKey++
	}
}

// decode is the text entry e makes of the state st.
func decode(e entry, st *fileState) (string, bool) {
	var text string
	if e.Text != nil {
		text = *e.Text
		if e.B64 {
			b, err := base64.StdEncoding.DecodeString(text)
			if err != nil {
				return "", false
			}
			text = string(b)
		}
	} else {
		if !st.ok {
			return "", false
		}
		ins := e.Ins
		if e.B64 {
			b, err := base64.StdEncoding.DecodeString(ins)
			if err != nil {
				return "", false
			}
			ins = string(b)
		}
		var ok bool
		if text, ok = (splice{e.At, e.Del, ins}).apply(st.text); !ok {
			return "", false
		}
	}
	if len(text) != e.N || crc32.ChecksumIEEE([]byte(text)) != e.CRC {
		return "", false
	}
	return text, true
}

// Observe records the notepad's file as it is on disk, if it changed,
// dated by its modification time (kept within the log's order and now).
// A missing or oversized file records nothing.
func (l *Log) Observe(key, by string, now time.Time) (bool, error) {
	n, ok := l.Notepad(key)
	if !ok {
		return false, fmt.Errorf("the edit log has no notepad %s", key)
	}
	var changed bool
	err := l.locked(func(f *os.File) error {
		text, mod, ok := readStable(n.Path)
		if !ok {
			return nil
		}
		if mod.After(now) {
			mod = now
		}
		var err error
		changed, err = l.record(f, key, by, text, mod)
		return err
	})
	return changed, err
}

// ObserveAll observes every notepad of the log.
func (l *Log) ObserveAll(by string, now time.Time) error {
	for _, n := range l.hdr.Notepads {
		if _, err := l.Observe(n.Key, by, now); err != nil {
			return err
		}
	}
	return nil
}

// readStable reads a file and its modification time, read again when the
// file changed while it was read.
func readStable(path string) (string, time.Time, bool) {
	for range 3 {
		before, err := os.Stat(path)
		if err != nil || before.Size() > MaxFile {
			return "", time.Time{}, false
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return "", time.Time{}, false
		}
		after, err := os.Stat(path)
		if err == nil && after.ModTime().Equal(before.ModTime()) && after.Size() == int64(len(b)) {
			return string(b), after.ModTime(), true
		}
	}
	return "", time.Time{}, false
}

// Write saves text as the notepad's file and records it at at, under the
// log's lock, so that a watcher seeing the write finds it recorded; an
// editor's save not yet recorded is recorded first. The
// file is replaced atomically, keeps its mode, and is dated at: the judge
// reads a file's edits from its modification time.
func (l *Log) Write(key, by, text string, at time.Time) error {
	n, ok := l.Notepad(key)
	if !ok {
		return fmt.Errorf("the edit log has no notepad %s", key)
	}
	return l.locked(func(f *os.File) error {
		// What an editor saved since, and nobody recorded, comes first.
		if prev, mod, ok := readStable(n.Path); ok {
			if mod.After(at) {
				mod = at
			}
			if _, err := l.record(f, key, ByEditor, prev, mod); err != nil {
				return err
			}
		}
		if err := WriteFile(n.Path, text, at); err != nil {
			return err
		}
		_, err := l.record(f, key, by, text, at)
		return err
	})
}

// WriteFile replaces path with text atomically, keeping its mode, dated at.
func WriteFile(path, text string, at time.Time) error {
	mode := fs.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm()
	}
	if err := home.WriteFileAtomic(path, []byte(text)); err != nil {
		return err
	}
	if err := os.Chmod(path, mode); err != nil {
		return err
	}
	return os.Chtimes(path, at, at)
}

// locked runs fn with the log file open and locked, the state caught up.
func (l *Log) locked(fn func(f *os.File) error) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	f, err := os.OpenFile(l.path, os.O_RDWR|os.O_APPEND, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return ErrNoLog
	}
	if err != nil {
		return err
	}
	defer f.Close()
	unlock, err := lockFile(f)
	if err != nil {
		return fmt.Errorf("lock the edit log: %w", err)
	}
	defer unlock()
	if err := l.catchUp(f); err != nil {
		return err
	}
	return fn(f)
}

// record appends text as the notepad's new state at at, if it changed: a
// splice, or a keyframe when the state is unknown, a keyframe is due, or
// the splice would be the larger.
func (l *Log) record(f *os.File, key, by, text string, at time.Time) (bool, error) {
	if l.full || len(text) > MaxFile {
		return false, nil
	}
	st := l.files[key]
	if st != nil && st.ok && st.text == text {
		return false, nil
	}
	ms := max(at.Sub(l.hdr.Started).Milliseconds(), l.lastMS, 0)
	var e entry
	if st == nil || !st.ok || st.sinceKey+1 >= KeyEvery {
		e = keyframe(ms, key, by, text)
	} else if sp := diff(st.text, text); len(sp.ins) > len(text)/2+64 {
		e = keyframe(ms, key, by, text)
	} else {
		e = spliceEntry(ms, key, by, sp, text)
	}
	line, err := json.Marshal(e)
	if err != nil {
		return false, err
	}
	line = append(line, '\n')
	if l.offset+int64(len(line)) > MaxBytes {
		e = entry{MS: ms, Full: true}
		if line, err = json.Marshal(e); err != nil {
			return false, err
		}
		line = append(line, '\n')
	}
	if err := appendLine(f, line, !l.noSync); err != nil {
		return false, err
	}
	// Read back what was written, with any torn line before it.
	return !e.Full, l.catchUp(f)
}

// appendLine writes line at the end of f in one write, on a line of its
// own after a torn last line, and syncs it.
func appendLine(f *os.File, line []byte, sync bool) error {
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	if fi.Size() > 0 {
		last := make([]byte, 1)
		if _, err := f.ReadAt(last, fi.Size()-1); err == nil && last[0] != '\n' {
			line = append([]byte{'\n'}, line...)
		}
	}
	if _, err := f.Write(line); err != nil {
		return fmt.Errorf("record an edit: %w", err)
	}
	if !sync {
		return nil
	}
	return f.Sync()
}
