package session

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/judgehq/judge/judge/report"
	"github.com/judgehq/judge/judge/verdict"
)

func TestStoreSaveLoad(t *testing.T) {
	st := &Store{Dir: t.TempDir()}
	s, err := st.Load()
	if s != nil || err != nil {
		t.Fatalf("Load of an empty store = %v, %v; want nil, nil", s, err)
	}
	s = testSession(17*time.Minute, "two-sum", "lru-cache")
	s.Format, s.Seed, s.ProblemDirs = "phone", 7, []string{"/p"}
	s.Result = s.Grade([]FileState{{Modified: t0.Add(time.Minute)}, {Missing: true}},
		[]*report.Report{{Problem: "two-sum", Verdict: verdict.Accepted, Passed: 3, Total: 3}, {Problem: "lru-cache", Verdict: verdict.CompileError, Failure: &report.Failure{Message: "undefined: LRUCache"}}},
		t0.Add(2*time.Minute))
	if err := st.Save(s); err != nil {
		t.Fatal(err)
	}
	got, err := st.Load()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(s, got); diff != "" {
		t.Errorf("round trip (-saved +loaded):\n%s", diff)
	}
}

func TestStoreSetsAsideBadState(t *testing.T) {
	tests := []struct {
		name, state, why string
	}{
		{"not JSON", `{"version": 1, "id": `, "was not valid JSON"},
		{"unknown version", `{"version": 3}`, "was in format version 3, which this judge does not know"},
		{"no problems", `{"version": 1, "id": "x", "started": "2030-01-01T10:00:00Z", "deadline": "2030-01-01T10:17:00Z", "problems": []}`, "was incomplete"},
		{"wrong types", `{"version": 1, "id": 5}`, "was not a session"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var warn bytes.Buffer
			st := &Store{Dir: t.TempDir(), Warn: &warn}
			path := filepath.Join(st.Dir, StateFile)
			for i := 1; i <= 2; i++ {
				if err := os.WriteFile(path, []byte(tt.state), 0o644); err != nil {
					t.Fatal(err)
				}
				s, err := st.Load()
				if s != nil || err != nil {
					t.Fatalf("Load = %v, %v; want nil, nil", s, err)
				}
			}
			if !strings.Contains(warn.String(), tt.why) || !strings.Contains(warn.String(), "kept it as "+path+".corrupt.2") {
				t.Errorf("warnings:\n%s\nwant %q and the second copy kept as .corrupt.2", warn.String(), tt.why)
			}
			for _, name := range []string{StateFile + ".corrupt", StateFile + ".corrupt.2"} {
				if b, err := os.ReadFile(filepath.Join(st.Dir, name)); err != nil || string(b) != tt.state {
					t.Errorf("%s = %q, %v; want the bad state kept", name, b, err)
				}
			}
			if _, err := os.Stat(path); !os.IsNotExist(err) {
				t.Errorf("the bad state is still at %s", path)
			}
			if diff := cmp.Diff([]string{path + ".corrupt", path + ".corrupt.2"}, st.SetAside()); diff != "" {
				t.Errorf("SetAside (-want +got):\n%s", diff)
			}
		})
	}
}

func TestStoreAppend(t *testing.T) {
	var warn bytes.Buffer
	st := &Store{Dir: t.TempDir(), Warn: &warn}
	if recs, err := st.History(); recs != nil || err != nil {
		t.Fatalf("History of an empty store = %v, %v", recs, err)
	}
	a := record("a", t0, OutcomeJudged, false, Attempt{Slug: "two-sum", Verdict: "accepted"})
	if err := st.Append(a); err != nil {
		t.Fatal(err)
	}
	// A crash mid-write leaves a torn line; the next record starts anew.
	f, err := os.OpenFile(filepath.Join(st.Dir, HistoryFile), os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(`{"session":"torn","outc`)
	f.Close()
	b := record("b", t0.Add(time.Hour), OutcomeAbandoned, false, Attempt{Slug: "lru-cache", Verdict: VerdictAbandoned})
	if err := st.Append(b); err != nil {
		t.Fatal(err)
	}
	recs, err := st.History()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]Record{a, b}, recs); diff != "" {
		t.Errorf("history (-want +got):\n%s", diff)
	}
	if !strings.Contains(warn.String(), "line 2 is not a history record; moved it to") {
		t.Errorf("warnings = %q", warn.String())
	}
}

// TestStoreSetsAsideDamagedHistory: damaged history lines are moved to a
// side file once, with a warning, and later reads are clean; while the
// lock is held elsewhere they are only skipped.
func TestStoreSetsAsideDamagedHistory(t *testing.T) {
	a := record("a", t0, OutcomeJudged, false, Attempt{Slug: "two-sum", Verdict: "accepted"})
	b := record("b", t0.Add(time.Hour), OutcomeAbandoned, false, Attempt{Slug: "lru-cache", Verdict: VerdictAbandoned})
	damaged := "not json\n"
	torn := `{"session":"torn","outc`
	history := line(t, a) + damaged + "\n" + line(t, b) + torn
	clean := line(t, a) + "\n" + line(t, b)

	t.Run("set aside once", func(t *testing.T) {
		var warn bytes.Buffer
		st := &Store{Dir: t.TempDir(), Warn: &warn}
		if err := os.WriteFile(filepath.Join(st.Dir, HistoryFile), []byte(history), 0o644); err != nil {
			t.Fatal(err)
		}
		for i := 1; i <= 2; i++ {
			recs, err := st.History()
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff([]Record{a, b}, recs); diff != "" {
				t.Errorf("read %d: history (-want +got):\n%s", i, diff)
			}
		}
		aside := filepath.Join(st.Dir, HistoryAside)
		wantWarn := fmt.Sprintf("judge: warning: history %[1]s: line 2 is not a history record; moved it to %[2]s\n"+
			"judge: warning: history %[1]s: line 5 is incomplete (judge was stopped while writing it); moved it to %[2]s\n",
			filepath.Join(st.Dir, HistoryFile), aside)
		if diff := cmp.Diff(wantWarn, warn.String()); diff != "" {
			t.Errorf("warnings, once (-want +got):\n%s", diff)
		}
		for file, want := range map[string]string{HistoryFile: clean, HistoryAside: damaged + torn + "\n"} {
			if got, err := os.ReadFile(filepath.Join(st.Dir, file)); err != nil || string(got) != want {
				t.Errorf("%s = %q, %v; want %q", file, got, err, want)
			}
		}
		if diff := cmp.Diff([]string{aside}, st.SetAside()); diff != "" {
			t.Errorf("SetAside (-want +got):\n%s", diff)
		}
	})

	t.Run("skipped while locked", func(t *testing.T) {
		var warn bytes.Buffer
		st := &Store{Dir: t.TempDir(), Warn: &warn}
		if err := os.WriteFile(filepath.Join(st.Dir, HistoryFile), []byte(history), 0o644); err != nil {
			t.Fatal(err)
		}
		unlock, err := st.Lock()
		if err != nil {
			t.Fatal(err)
		}
		defer unlock()
		recs, err := st.History()
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]Record{a, b}, recs); diff != "" {
			t.Errorf("history (-want +got):\n%s", diff)
		}
		if !strings.Contains(warn.String(), "line 2 is not a history record; skipped\n") {
			t.Errorf("warnings = %q", warn.String())
		}
		if got, err := os.ReadFile(filepath.Join(st.Dir, HistoryFile)); err != nil || string(got) != history {
			t.Errorf("history changed under another's lock: %q, %v", got, err)
		}
		if got := st.SetAside(); len(got) != 0 {
			t.Errorf("SetAside = %v, want none", got)
		}
	})
}

// TestStoreConcurrent appends from many goroutines at once, each under the
// lock as the commands do, and checks that no line is lost or mixed.
func TestStoreConcurrent(t *testing.T) {
	st := &Store{Dir: t.TempDir()}
	const n = 40
	var wg sync.WaitGroup
	var inside atomic.Int32 // flock is invisible to the race detector
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			unlock, err := st.Lock()
			if err != nil {
				t.Error(err)
				return
			}
			defer unlock()
			if n := inside.Add(1); n != 1 {
				t.Errorf("%d holders of the lock at once", n)
			}
			if err := st.Append(record(fmt.Sprint(i), t0.Add(time.Duration(i)*time.Second), OutcomeJudged, false)); err != nil {
				t.Error(err)
			}
			inside.Add(-1)
		}()
	}
	wg.Wait()
	recs, err := st.History()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != n {
		t.Errorf("%d records, want %d", len(recs), n)
	}
}

func TestStat(t *testing.T) {
	dir := t.TempDir()
	s := testSession(time.Minute, "a", "b")
	s.Problems[0].File = filepath.Join(dir, "a.go")
	s.Problems[1].File = filepath.Join(dir, "b.go")
	if err := os.WriteFile(s.Problems[0].File, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(s.Problems[0].File, t0, t0); err != nil {
		t.Fatal(err)
	}
	got := s.Stat()
	want := []FileState{{Modified: t0}, {Missing: true}}
	if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) })); diff != "" {
		t.Errorf("Stat (-want +got):\n%s", diff)
	}
}
