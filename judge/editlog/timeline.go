package editlog

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"regexp"
	"strings"
	"time"
)

// BurstGap is the pause that ends a burst of editing: changes closer
// together than this are one burst.
const BurstGap = 30 * time.Second

// Snapshot is one notepad's text after a change.
type Snapshot struct {
	// At is from the round's start.
	At      time.Duration
	Notepad string
	By      string
	Bytes   int
	Lines   int
	// Added and Removed are the lines the change inserted and deleted.
	Added, Removed int
	text           string
}

// Text is the notepad's text at the snapshot.
func (s Snapshot) Text() string { return s.text }

// Timeline is a round's edit log read back.
type Timeline struct {
	Header Header
	// Snapshots are every recorded state, in order; each notepad's first
	// is its baseline (the file as the round began).
	Snapshots []Snapshot
	// Notepads are the moments of each notepad, in the header's order.
	Notepads []Moments
	// Stages are the edits of each stage of the plan, in order; Late the
	// edits after the deadline.
	Stages []Activity
	Late   Activity
	// Cut is set when the log reached its bound at CutAt: later edits
	// are not in it.
	Cut   bool
	CutAt time.Duration
	// Damaged counts lines that could not be read or replayed (a torn
	// write): their snapshots are missing.
	Damaged int
}

// Moments are when things happened in one notepad, from the round's
// start; nil when they did not.
type Moments struct {
	Notepad Notepad
	Edits   int
	// FirstEdit and LastEdit bound the notepad's changes.
	FirstEdit, LastEdit *time.Duration
	// FirstExample, FirstComplexity and FirstCode are when the first
	// `// example:` line, the first stated complexity and the first line
	// of code appeared that were not in the baseline; only a Go notepad
	// has them.
	FirstExample, FirstComplexity, FirstCode *time.Duration
}

// Activity is the editing within one stretch of the round.
type Activity struct {
	// Stage is the plan's stage; for Late only its Name is set.
	Stage Stage
	// Edits counts changes, Bursts the bursts that began in the stretch.
	Edits, Bursts int
	// Added and Removed count lines.
	Added, Removed int
	// Notepads lists the keys edited, in the header's order.
	Notepads []string
}

// Read reads the edit log at path as a timeline.
func Read(path string) (*Timeline, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, ErrNoLog
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	t := &Timeline{}
	last := map[string]string{}
	l := &Log{path: path, files: map[string]*fileState{}}
	l.seen = func(e entry, text string, ok bool) {
		if e.Full {
			t.Cut, t.CutAt = true, ms(e.MS)
			return
		}
		if !ok {
			return
		}
		prev, had := last[e.File]
		last[e.File] = text
		s := Snapshot{At: ms(e.MS), Notepad: e.File, By: e.By, Bytes: len(text), Lines: lineCount(text), text: text}
		if had {
			s.Added, s.Removed = lineDiff(prev, text)
		}
		t.Snapshots = append(t.Snapshots, s)
	}
	if err := l.catchUp(f); err != nil {
		return nil, err
	}
	t.Header, t.Damaged = l.hdr, l.damaged
	t.analyse()
	return t, nil
}

func ms(n int64) time.Duration { return time.Duration(n) * time.Millisecond }

func lineCount(s string) int {
	if s == "" {
		return 0
	}
	return strings.Count(strings.TrimSuffix(s, "\n"), "\n") + 1
}

// lineDiff counts the lines a change added and removed: the lines of
// each text outside their longest common subsequence. A change too large
// to compare line by line counts every differing line.
func lineDiff(old, new string) (added, removed int) {
	a, b := strings.Split(old, "\n"), strings.Split(new, "\n")
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a)*len(b) > 1<<22 {
		return len(b), len(a)
	}
	// lcs[j] is the common subsequence of a[:i] and b[:j], row by row.
	lcs := make([]int, len(b)+1)
	for i := range a {
		diag := 0
		for j := range b {
			up := lcs[j+1]
			if a[i] == b[j] {
				lcs[j+1] = diag + 1
			} else {
				lcs[j+1] = max(lcs[j+1], lcs[j])
			}
			diag = up
		}
	}
	common := lcs[len(b)]
	return len(b) - common, len(a) - common
}

// Duration is the round's clock.
func (t *Timeline) Duration() time.Duration { return t.Header.Deadline.Sub(t.Header.Started) }

// analyse finds each notepad's moments and each stage's activity.
func (t *Timeline) analyse() {
	deadline := t.Duration()
	base := map[string]map[string]int{}
	moments := map[string]*Moments{}
	for _, n := range t.Header.Notepads {
		moments[n.Key] = &Moments{Notepad: n}
	}
	t.Stages = make([]Activity, len(t.Header.Plan))
	for i, s := range t.Header.Plan {
		t.Stages[i].Stage = s
	}
	t.Late.Stage.Name = "after the deadline"
	var lastEdit time.Duration
	edits := 0
	for _, s := range t.Snapshots {
		m := moments[s.Notepad]
		lines, seen := base[s.Notepad]
		if !seen {
			// The notepad's first snapshot is its baseline.
			base[s.Notepad] = lineSet(s.text)
			continue
		}
		if m == nil {
			continue
		}
		at := s.At
		m.Edits++
		if m.FirstEdit == nil {
			m.FirstEdit = &at
		}
		m.LastEdit = &at
		if path.Ext(s.Notepad) == ".go" {
			ex, cx, code := goMarks(s.text, lines)
			if ex && m.FirstExample == nil {
				m.FirstExample = &at
			}
			if cx && m.FirstComplexity == nil {
				m.FirstComplexity = &at
			}
			if code && m.FirstCode == nil {
				m.FirstCode = &at
			}
		}
		a := &t.Late
		if at < deadline {
			for i := range t.Stages {
				if st := t.Stages[i].Stage; at >= st.Start() && at < st.End() {
					a = &t.Stages[i]
				}
			}
		}
		a.Edits++
		a.Added += s.Added
		a.Removed += s.Removed
		if edits == 0 || at-lastEdit > BurstGap {
			a.Bursts++
		}
		edits++
		lastEdit = at
		if !contains(a.Notepads, s.Notepad) {
			a.Notepads = append(a.Notepads, s.Notepad)
		}
	}
	for _, n := range t.Header.Notepads {
		t.Notepads = append(t.Notepads, *moments[n.Key])
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// lineSet counts the lines of text, trimmed.
func lineSet(text string) map[string]int {
	out := map[string]int{}
	for _, line := range strings.Split(text, "\n") {
		out[strings.TrimSpace(line)]++
	}
	return out
}

var (
	exampleLine    = regexp.MustCompile(`(?i)^//\s*example\s*:\s*\S`)
	complexityLine = regexp.MustCompile(`(?i)^//\s*(time|space)\s*(complexity)?\s*:\s*(\S.*)$`)
)

// goMarks says whether text has, beyond the baseline's lines, an example
// line, a stated complexity, and a line of code (anything but blank
// lines and comments).
func goMarks(text string, baseline map[string]int) (example, complexity, code bool) {
	left := map[string]int{}
	for k, v := range baseline {
		left[k] = v
	}
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if left[line] > 0 {
			left[line]--
			continue
		}
		switch {
		case line == "":
		case exampleLine.MatchString(line):
			example = true
		case strings.HasPrefix(line, "//"):
			if m := complexityLine.FindStringSubmatch(line); m != nil && m[3] != "O(?)" {
				complexity = true
			}
		case strings.HasPrefix(line, "/*"), strings.HasPrefix(line, "*"):
		default:
			code = true
		}
	}
	return example, complexity, code
}

// State is one notepad's text at a moment of the round.
type State struct {
	Notepad Notepad
	// At is when the text was recorded, at or before the moment asked.
	At   time.Duration
	By   string
	Text string
	// Known is false when the log has no text of the notepad.
	Known bool
}

// At is every notepad's text at d from the round's start.
func (t *Timeline) At(d time.Duration) []State {
	var out []State
	for _, n := range t.Header.Notepads {
		st := State{Notepad: n}
		for _, s := range t.Snapshots {
			if s.Notepad != n.Key {
				continue
			}
			if st.Known && s.At > d {
				break
			}
			// The first snapshot stands for any moment before it.
			st.At, st.By, st.Text, st.Known = s.At, s.By, s.text, true
		}
		out = append(out, st)
	}
	return out
}

// End is the time of the last snapshot.
func (t *Timeline) End() time.Duration {
	if len(t.Snapshots) == 0 {
		return 0
	}
	return t.Snapshots[len(t.Snapshots)-1].At
}
