package editlog

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var t0 = time.Date(2030, 1, 1, 10, 0, 0, 0, time.UTC)

func TestDiffApply(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"a", "b", "\n", "\t", "é", "日", "x"}
	word := func() string {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		return b.String()
	}
	for range 5000 {
		old, new := word(), word()
		sp := diff(old, new)
		got, ok := sp.apply(old)
		if !ok || got != new {
			t.Fatalf("diff(%q, %q) = %+v applies to %q, %v", old, new, sp, got, ok)
		}
		if !strings.Contains(new, sp.ins) || len(sp.ins) > len(new) {
			t.Fatalf("diff(%q, %q) inserts %q", old, new, sp.ins)
		}
	}
	if _, ok := (splice{at: 3, del: 1}).apply("ab"); ok {
		t.Error("a splice past the end applied")
	}
}

// round is a log of one or two Go notepads begun at t0, 17 minutes a
// notepad.
type round struct {
	dir   string
	log   string
	paths map[string]string
}

const stub = "// example: nums = [2,7], target = 9 -> [0,1]\n// time: O(?)\nfunc twoSum(nums []int, target int) []int {\n\treturn nil\n}\n"

func newRound(t *testing.T, keys ...string) *round {
	t.Helper()
	r := &round{dir: t.TempDir(), paths: map[string]string{}}
	r.log = filepath.Join(r.dir, "edits", "s1.jsonl")
	h := Header{Session: "s1", Started: t0, Deadline: t0.Add(time.Duration(len(keys)) * 17 * time.Minute)}
	stages := []struct {
		name string
		min  int64
	}{{"clarify", 3}, {"plan", 5}, {"code", 5}, {"pseudo-run", 2}, {"close", 2}}
	at := int64(0)
	for _, k := range keys {
		p := filepath.Join(r.dir, k)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(stub), 0o644); err != nil {
			t.Fatal(err)
		}
		r.paths[k] = p
		h.Notepads = append(h.Notepads, Notepad{Key: k, Name: filepath.Dir(k), Path: p})
		for _, s := range stages {
			h.Plan = append(h.Plan, Stage{Notepad: k, Name: s.name, StartMS: at, EndMS: at + s.min*60000})
			at += s.min * 60000
		}
	}
	if err := Create(r.log, h); err != nil {
		t.Fatal(err)
	}
	return r
}

func (r *round) open(t *testing.T) *Log {
	t.Helper()
	l, err := Open(r.log)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// edit writes text to the notepad as an editor would, dated at.
func (r *round) edit(t *testing.T, key, text string, at time.Time) {
	t.Helper()
	if err := os.WriteFile(r.paths[key], []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(r.paths[key], at, at); err != nil {
		t.Fatal(err)
	}
}

func dur(s string) *time.Duration {
	d, err := time.ParseDuration(s)
	if err != nil {
		panic(err)
	}
	return &d
}

// TestScriptedRound: edits at given times, from the pad and an editor,
// come back as the timeline's moments and stage activity, exactly.
func TestScriptedRound(t *testing.T) {
	r := newRound(t, "two-sum/solution.go")
	l := r.open(t)
	key := "two-sum/solution.go"
	steps := []struct {
		at   time.Duration
		by   string
		text string
	}{
		{40 * time.Second, ByPad, stub + "// example: nums = [3,3], target = 6 -> [0,1]\n"},
		{70 * time.Second, ByEditor, stub + "// example: nums = [3,3], target = 6 -> [0,1]\nfunc helper() {}\n"},
		{150 * time.Second, ByPad, strings.Replace(stub, "O(?)", "O(n)", 1) + "// example: nums = [3,3], target = 6 -> [0,1]\nfunc helper() {}\n"},
		{500 * time.Second, ByPad, strings.Replace(stub, "return nil", "return []int{0, 1}", 1)},
		{760 * time.Second, ByEditor, strings.Replace(stub, "return nil", "return []int{1, 0}", 1)},
		{1030 * time.Second, ByEditor, strings.Replace(stub, "return nil", "return []int{1, 2}", 1)},
	}
	for _, s := range steps {
		at := t0.Add(s.at)
		if s.by == ByPad {
			if err := l.Write(key, ByPad, s.text, at); err != nil {
				t.Fatal(err)
			}
		} else {
			r.edit(t, key, s.text, at)
			if changed, err := l.Observe(key, ByEditor, at.Add(time.Minute)); err != nil || !changed {
				t.Fatalf("observe at %v: %v, %v", s.at, changed, err)
			}
		}
		// Seen again (a watcher after the pad's write): nothing new.
		if changed, err := l.Observe(key, ByEditor, at.Add(time.Minute)); err != nil || changed {
			t.Fatalf("observe again at %v: %v, %v", s.at, changed, err)
		}
	}
	tl, err := Read(r.log)
	if err != nil {
		t.Fatal(err)
	}
	want := Moments{
		Notepad: Notepad{Key: key, Name: "two-sum", Path: r.paths[key]},
		Edits:   6,
		// The pad's write is dated by the pad's clock; the editor's by the
		// file's modification time.
		FirstEdit: dur("40s"), LastEdit: dur("17m10s"),
		FirstExample: dur("40s"), FirstCode: dur("70s"), FirstComplexity: dur("150s"),
	}
	if diff := cmp.Diff([]Moments{want}, tl.Notepads); diff != "" {
		t.Errorf("moments (-want +got):\n%s", diff)
	}
	var got []string
	for _, a := range tl.Stages {
		got = append(got, fmt.Sprintf("%s %d edits %d bursts", a.Stage.Name, a.Edits, a.Bursts))
	}
	got = append(got, fmt.Sprintf("%s %d edits %d bursts", tl.Late.Stage.Name, tl.Late.Edits, tl.Late.Bursts))
	wantStages := []string{
		"clarify 3 edits 2 bursts", // 0:40 and 1:10, 30 s apart, are one burst; 2:30 another
		"plan 0 edits 0 bursts",
		"code 2 edits 2 bursts", // 8:20 and 12:40
		"pseudo-run 0 edits 0 bursts",
		"close 0 edits 0 bursts",
		"after the deadline 1 edits 1 bursts",
	}
	if diff := cmp.Diff(wantStages, got); diff != "" {
		t.Errorf("stages (-want +got):\n%s", diff)
	}
	// The code at any moment.
	for _, tt := range []struct {
		at   time.Duration
		want int // the step, -1 for the stub
	}{{0, -1}, {39 * time.Second, -1}, {40 * time.Second, 0}, {12*time.Minute + 30*time.Second, 3}, {time.Hour, 5}} {
		st := tl.At(tt.at)
		want := stub
		if tt.want >= 0 {
			want = steps[tt.want].text
		}
		if len(st) != 1 || st[0].Text != want || !st[0].Known {
			t.Errorf("At(%v) = %+v, want step %d", tt.at, st, tt.want)
		}
	}
	if fi, _ := os.Stat(r.paths[key]); !fi.ModTime().Equal(t0.Add(1030 * time.Second)) {
		t.Errorf("file dated %v", fi.ModTime())
	}
}

// TestObserveDates: an edit is dated by the file's time, kept in the log's
// order and never later than now.
func TestObserveDates(t *testing.T) {
	r := newRound(t, "a/solution.go")
	l := r.open(t)
	for _, tt := range []struct {
		mod, now time.Duration
		want     time.Duration
	}{
		{90 * time.Second, 100 * time.Second, 90 * time.Second},
		{50 * time.Second, 100 * time.Second, 90 * time.Second},   // before the last entry
		{500 * time.Second, 200 * time.Second, 200 * time.Second}, // in the future
	} {
		r.edit(t, "a/solution.go", fmt.Sprintf("x%v", tt), t0.Add(tt.mod))
		if _, err := l.Observe("a/solution.go", ByEditor, t0.Add(tt.now)); err != nil {
			t.Fatal(err)
		}
		tl, err := Read(r.log)
		if err != nil {
			t.Fatal(err)
		}
		if got := tl.End(); got != tt.want {
			t.Errorf("mod %v now %v: dated %v, want %v", tt.mod, tt.now, got, tt.want)
		}
	}
}

// TestDamagedLine: a damaged line loses its snapshot, and the notepad is
// known again from the next change on, which is written as a keyframe.
func TestDamagedLine(t *testing.T) {
	r := newRound(t, "a/solution.go")
	l := r.open(t)
	key := "a/solution.go"
	for i, text := range []string{stub + "1", stub + "12", stub + "123"} {
		if err := l.Write(key, ByPad, text, t0.Add(time.Duration(i+1)*time.Second)); err != nil {
			t.Fatal(err)
		}
	}
	b, _ := os.ReadFile(r.log)
	lines := strings.SplitAfter(string(b), "\n")
	lines[3] = "{torn\n"
	lines[4] = `{"ms":3000,"f":"a/solution.go","at":3,"ins":"zz","n":9,"crc":1}` + "\n" // a bad checksum
	if err := os.WriteFile(r.log, []byte(strings.Join(lines, "")), 0o644); err != nil {
		t.Fatal(err)
	}
	l = r.open(t)
	if err := l.Write(key, ByPad, stub+"1234", t0.Add(10*time.Second)); err != nil {
		t.Fatal(err)
	}
	tl, err := Read(r.log)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range tl.Snapshots {
		got = append(got, fmt.Sprintf("%v %s", s.At, strings.TrimPrefix(s.Text(), stub)))
	}
	// The "12" was torn; the "123" fails its checksum, and could not be
	// applied anyway; the next write finds "123" on disk and records it
	// first.
	want := []string{"0s ", "1s 1", "3s 123", "10s 1234"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("snapshots (-want +got):\n%s", diff)
	}
	if tl.Damaged != 2 {
		t.Errorf("damaged = %d, want 2", tl.Damaged)
	}
}

// TestTornTail: a write cut short by a crash is skipped, and the next
// entry starts on a line of its own.
func TestTornTail(t *testing.T) {
	r := newRound(t, "a/solution.go")
	f, err := os.OpenFile(r.log, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(`{"ms":5,"f":"a/sol`)
	f.Close()
	l := r.open(t)
	if err := l.Write("a/solution.go", ByPad, "new", t0.Add(time.Second)); err != nil {
		t.Fatal(err)
	}
	tl, err := Read(r.log)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(tl.Snapshots); n != 2 || tl.Snapshots[1].Text() != "new" || tl.Damaged != 1 {
		t.Errorf("snapshots %d, last %q, damaged %d", n, tl.Snapshots[n-1].Text(), tl.Damaged)
	}
}

// TestWritersAgree: two processes' worth of writers on one log record
// each distinct state once, and the log replays to the last.
func TestWritersAgree(t *testing.T) {
	r := newRound(t, "a/solution.go")
	key := "a/solution.go"
	var wg sync.WaitGroup
	for w := range 2 {
		l := r.open(t) // each its own Log, as two processes have
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				text := fmt.Sprintf("%s// writer %d step %d\n", stub, w, i)
				if err := l.Write(key, ByPad, text, t0.Add(time.Duration(i)*time.Second)); err != nil {
					t.Error(err)
					return
				}
				if _, err := l.Observe(key, ByEditor, t0.Add(time.Hour)); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	tl, err := Read(r.log)
	if err != nil {
		t.Fatal(err)
	}
	if tl.Damaged != 0 {
		t.Errorf("%d damaged lines", tl.Damaged)
	}
	b, _ := os.ReadFile(r.paths[key])
	last := tl.Snapshots[len(tl.Snapshots)-1]
	if last.Text() != string(b) {
		t.Errorf("the log ends on %q, the file is %q", last.Text(), b)
	}
	for i := 1; i < len(tl.Snapshots); i++ {
		if tl.Snapshots[i].Text() == tl.Snapshots[i-1].Text() {
			t.Errorf("snapshot %d repeats the one before", i)
		}
		if tl.Snapshots[i].At < tl.Snapshots[i-1].At {
			t.Errorf("snapshot %d goes back in time", i)
		}
	}
}

// TestNormalRoundSize: a 35-minute round of two problems, typed steadily
// and saved every second, logs well under a megabyte; a runaway one stops
// at the bound and says so.
func TestNormalRoundSize(t *testing.T) {
	r := newRound(t, "a/solution.go", "b/solution.go")
	l := r.open(t)
	l.noSync = true
	texts := map[string]string{"a/solution.go": stub, "b/solution.go": stub}
	rng := rand.New(rand.NewPCG(3, 4))
	const chunk = "\tfor i, v := range nums { if j, ok := seen[target-v]; ok { return []int{j, i} } }\n"
	for sec := range 35 * 60 {
		key := "a/solution.go"
		if sec >= 17*60 {
			key = "b/solution.go"
		}
		text := texts[key]
		if sec%20 == 19 && len(text) > 40 {
			// Now and then delete a line's worth.
			at := rng.IntN(len(text) - 40)
			text = text[:at] + text[at+30:]
		} else {
			// About five keystrokes a second, at the cursor.
			at := len(text) - rng.IntN(min(len(text), 30))
			text = text[:at] + chunk[sec*5%len(chunk):][:min(5, len(chunk)-sec*5%len(chunk))] + text[at:]
		}
		texts[key] = text
		// Recorded as the pad's saves are, without writing the file each
		// time (whose fsync would be most of this test).
		err := l.locked(func(f *os.File) error {
			_, err := l.record(f, key, ByPad, text, t0.Add(time.Duration(sec)*time.Second))
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	fi, err := os.Stat(r.log)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("a 35-minute round, saved every second: %d KB of log", fi.Size()>>10)
	if fi.Size() > 1<<20 {
		t.Errorf("the log of a normal round is %d bytes, more than 1 MB", fi.Size())
	}
	tl, err := Read(r.log)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range tl.At(time.Hour) {
		if st.Text != texts[st.Notepad.Key] {
			t.Errorf("%s replays to another text", st.Notepad.Key)
		}
	}

	// A runaway: whole new files, fast.
	for i := 0; ; i++ {
		big := strings.Repeat(string(rune('a'+i%26)), MaxFile)
		if err := l.Write("a/solution.go", ByPad, big, t0.Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		fi, _ := os.Stat(r.log)
		if fi.Size() > MaxBytes+1024 {
			t.Fatalf("the log grew past its bound: %d", fi.Size())
		}
		if i > 2*MaxBytes/MaxFile {
			break
		}
	}
	tl, err = Read(r.log)
	if err != nil {
		t.Fatal(err)
	}
	if !tl.Cut || tl.CutAt != time.Hour {
		t.Errorf("cut = %v at %v", tl.Cut, tl.CutAt)
	}
}

// TestNotUTF8: a file that is not UTF-8 is logged byte for byte.
func TestNotUTF8(t *testing.T) {
	r := newRound(t, "a/solution.go")
	l := r.open(t)
	for i, text := range []string{"ok\xff\xfe", "ok\xff\xfe!\xc3", "é\xc3"} {
		if err := l.Write("a/solution.go", ByPad, text, t0.Add(time.Duration(i)*time.Second)); err != nil {
			t.Fatal(err)
		}
		tl, err := Read(r.log)
		if err != nil {
			t.Fatal(err)
		}
		if got := tl.At(time.Hour)[0].Text; got != text {
			t.Errorf("replayed %q, want %q", got, text)
		}
	}
}

func TestNoLog(t *testing.T) {
	if _, err := Open(filepath.Join(t.TempDir(), "none.jsonl")); err != ErrNoLog {
		t.Errorf("Open = %v", err)
	}
	if _, err := Read(filepath.Join(t.TempDir(), "none.jsonl")); err != ErrNoLog {
		t.Errorf("Read = %v", err)
	}
	p := filepath.Join(t.TempDir(), "x.jsonl")
	os.WriteFile(p, []byte("{}\n"), 0o644)
	if _, err := Open(p); err == nil || !strings.Contains(err.Error(), "not an edit log") {
		t.Errorf("Open(not a log) = %v", err)
	}
}

func TestLineDiff(t *testing.T) {
	for _, tt := range []struct {
		old, new       string
		added, removed int
	}{
		{"a\nb\nc", "a\nb\nc", 0, 0},
		{"a\nb\nc", "a\nx\nb\nc", 1, 0},
		{"a\nb\nc", "a\nc", 0, 1},
		{"a\nb\nc", "a\nB\nc", 1, 1},
		// Two regions, far apart: each counts its own lines.
		{"h\n1\n2\n3\n4\nt", "H\n1\n2\n3\n4\nT", 2, 2},
		{"", "x\ny", 2, 1},
	} {
		a, r := lineDiff(tt.old, tt.new)
		if a != tt.added || r != tt.removed {
			t.Errorf("lineDiff(%q, %q) = +%d -%d, want +%d -%d", tt.old, tt.new, a, r, tt.added, tt.removed)
		}
	}
}
