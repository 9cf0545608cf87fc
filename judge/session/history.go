package session

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"time"

	"github.com/judgehq/judge/judge/behavioral"
	"github.com/judgehq/judge/judge/design"
	"github.com/judgehq/judge/judge/report"
)

// The outcomes of a recorded session.
const (
	OutcomeJudged    = "judged"
	OutcomeAbandoned = "abandoned"
	// OutcomePractice is a file judged outside any round (`judge submit
	// --problem`): practice, never a round's result.
	OutcomePractice = "practice"
)

// VerdictAbandoned stands for a verdict in an abandoned session.
const VerdictAbandoned = "abandoned"

// Record is one line of the history: a round judged or abandoned.
type Record struct {
	Session string `json:"session"`
	Format  string `json:"format,omitempty"`
	// Level is the mock's level (e4, e5, e6).
	Level string `json:"level,omitempty"`
	// Round is the round's place in a loop of several rounds, from 1; 0
	// for a session of one round. A session and a round name one record.
	Round int `json:"round,omitempty"`
	// Kind is ml-design or behavioral; empty for a coding round.
	Kind            Kind      `json:"kind,omitempty"`
	Outcome         string    `json:"outcome"`
	Started         time.Time `json:"started"`
	Deadline        time.Time `json:"deadline"`
	Ended           time.Time `json:"ended"`
	Overtime        bool      `json:"overtime"`
	OvertimeSeconds int       `json:"overtime_seconds,omitempty"`
	// Attempts are a coding round's problems.
	Attempts []Attempt `json:"problems"`
	// Design is an ML design round's; Behavioral a behavioral round's.
	Design     *DesignRecord     `json:"design,omitempty"`
	Behavioral *BehavioralRecord `json:"behavioral,omitempty"`
}

// DesignRecord is an ML design round in the history.
type DesignRecord struct {
	Slug  string `json:"slug"`
	Title string `json:"title,omitempty"`
	// SecondsUsed is the notepad's last edit from the start.
	SecondsUsed int  `json:"seconds_used"`
	Edited      bool `json:"edited"`
	// Review is what the notes showed; nil for an abandoned round.
	Review *design.Review `json:"review,omitempty"`
	Asked  []Ask          `json:"asked,omitempty"`
	// Grades are the candidate's self-grades, by rubric item.
	Grades map[string]int `json:"grades,omitempty"`
	// Notes is the notepad as it was reviewed.
	Notes string `json:"notes,omitempty"`
}

// BehavioralRecord is a behavioral round in the history.
type BehavioralRecord struct {
	Questions   []Question         `json:"questions"`
	SecondsUsed int                `json:"seconds_used"`
	Edited      bool               `json:"edited"`
	Review      *behavioral.Review `json:"review,omitempty"`
	Notes       string             `json:"notes,omitempty"`
}

// KindOf is the record's kind, coding when left out.
func (r *Record) KindOf() Kind {
	if r.Kind == "" {
		return KindCoding
	}
	return r.Kind
}

// key names the record's round: a later line with the same key replaces
// it.
func (r *Record) key() string { return fmt.Sprintf("%s#%d", r.Session, r.Round) }

// Attempt is one problem of a recorded session.
type Attempt struct {
	Slug       string   `json:"slug"`
	Title      string   `json:"title,omitempty"`
	Difficulty string   `json:"difficulty,omitempty"`
	Topics     []string `json:"topics,omitempty"`
	// Verdict is the judge's verdict name, or "abandoned".
	Verdict     string `json:"verdict"`
	TestsPassed int    `json:"tests_passed"`
	TestsTotal  int    `json:"tests_total"`
	// SecondsUsed is the file's last edit from the start; 0 when it was not
	// edited or is not known.
	SecondsUsed int  `json:"seconds_used"`
	Edited      bool `json:"edited"`
	// HintSeconds are when each hint was taken, from the start.
	HintSeconds []int `json:"hint_seconds,omitempty"`
	// Code is the file as it was judged.
	Code string `json:"code,omitempty"`
}

// Solved reports whether the attempt counts as passed: accepted in a round
// finished on time.
func (r *Record) Solved(a Attempt) bool {
	return r.Outcome == OutcomeJudged && !r.Overtime && a.Verdict == "accepted"
}

// Record is the history line of the session's current round: judged when
// it has a result, else abandoned at ended with what its files show.
func (s *Session) Record(ended time.Time, files []FileState) Record {
	r := Record{
		Session:  s.ID,
		Format:   s.Format,
		Level:    s.Level,
		Outcome:  OutcomeAbandoned,
		Started:  s.Started,
		Deadline: s.Deadline,
		Ended:    ended,
	}
	if s.IsLoop() {
		r.Round = s.Index() + 1
	}
	if s.KindOf() != KindCoding {
		r.Kind = s.KindOf()
	}
	res := s.Result
	if res != nil {
		r.Outcome = OutcomeJudged
		r.Ended = res.Submitted
		r.Overtime, r.OvertimeSeconds = res.Overtime, res.OvertimeSeconds
	} else if files != nil {
		res = s.Grade(files, nil, ended)
	}
	var f FileResult
	if res != nil && len(res.Files) > 0 {
		f = res.Files[0]
	}
	switch s.KindOf() {
	case KindDesign:
		r.Design = &DesignRecord{Slug: s.Design.Slug, Title: s.Design.Title, SecondsUsed: f.SecondsUsed, Edited: f.Edited, Asked: s.Design.Asked, Grades: s.Design.Grades}
		if s.Result != nil {
			r.Design.Review = s.Result.Design
		}
		return r
	case KindBehavioral:
		r.Behavioral = &BehavioralRecord{Questions: s.Questions, SecondsUsed: f.SecondsUsed, Edited: f.Edited}
		if s.Result != nil {
			r.Behavioral.Review = s.Result.Behavioral
		}
		return r
	}
	for i, p := range s.Problems {
		a := Attempt{Slug: p.Slug, Title: p.Title, Difficulty: p.Difficulty, Topics: p.Topics, Verdict: VerdictAbandoned, HintSeconds: p.Hints}
		if res != nil && i < len(res.Files) {
			a.SecondsUsed, a.Edited = res.Files[i].SecondsUsed, res.Files[i].Edited
		}
		if s.Result != nil && i < len(res.Reports) && res.Reports[i] != nil {
			rep := res.Reports[i]
			a.Verdict, a.TestsPassed, a.TestsTotal = rep.Verdict.String(), rep.Passed, rep.Total
		}
		r.Attempts = append(r.Attempts, a)
	}
	return r
}

// Untouched reports whether no file of the recorded session was edited:
// abandoned like that, it was never attempted.
func (r *Record) Untouched() bool {
	if r.Design != nil && r.Design.Edited || r.Behavioral != nil && r.Behavioral.Edited {
		return false
	}
	for _, a := range r.Attempts {
		if a.Edited {
			return false
		}
	}
	return true
}

// PracticeRecord is the history line of a file judged outside any round,
// at now: practice, which never counts as a round passed.
func PracticeRecord(p Problem, rep *report.Report, code string, now time.Time) Record {
	now = now.Truncate(time.Second)
	return Record{
		Session: "practice-" + newID(now), Outcome: OutcomePractice,
		Started: now, Deadline: now, Ended: now,
		Attempts: []Attempt{{
			Slug: p.Slug, Title: p.Title, Difficulty: p.Difficulty, Topics: p.Topics,
			Verdict: rep.Verdict.String(), TestsPassed: rep.Passed, TestsTotal: rep.Total, Code: code,
		}},
	}
}

// MarshalLine is the record as one history line, newline included.
func (r *Record) MarshalLine() ([]byte, error) {
	b, err := json.Marshal(r)
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// Damage is a history line that is not a record.
type Damage struct {
	// Line is its number, from 1.
	Line int
	// Text is the line as it was, newline included when it had one.
	Text []byte
	// Torn: the last line, cut short (judge was stopped while writing it).
	Torn bool
}

func (d Damage) String() string {
	if d.Torn {
		return fmt.Sprintf("line %d is incomplete (judge was stopped while writing it)", d.Line)
	}
	return fmt.Sprintf("line %d is not a history record", d.Line)
}

// ParseHistory reads history lines, oldest first. A line that does not
// parse — a torn last line after a crash, or damage — is skipped and
// returned as damaged, never fatal. When a session's round appears twice
// (a command stopped between recording it and saving its state, then run
// again; a self-grade given after the round), the later line wins.
func ParseHistory(r io.Reader) (records []Record, damaged []Damage, err error) {
	br := bufio.NewReader(r)
	index := map[string]int{}
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return records, damaged, err
		}
		last := errors.Is(err, io.EOF)
		if trimmed := bytes.TrimSpace(line); len(trimmed) > 0 {
			var rec Record
			if jerr := json.Unmarshal(trimmed, &rec); jerr != nil || rec.Session == "" {
				damaged = append(damaged, Damage{Line: n, Text: line, Torn: last && !bytes.HasSuffix(line, []byte("\n"))})
			} else if i, ok := index[rec.key()]; ok {
				records[i] = rec
			} else {
				index[rec.key()] = len(records)
				records = append(records, rec)
			}
		}
		if last {
			break
		}
	}
	sort.SliceStable(records, func(i, j int) bool { return records[i].Started.Before(records[j].Started) })
	return records, damaged, nil
}

// Entry is one attempt in `judge history --json`.
type Entry struct {
	Session         string    `json:"session"`
	Format          string    `json:"format,omitempty"`
	Outcome         string    `json:"outcome"`
	Slug            string    `json:"slug"`
	Title           string    `json:"title,omitempty"`
	Difficulty      string    `json:"difficulty,omitempty"`
	Topics          []string  `json:"topics"`
	Verdict         string    `json:"verdict"`
	TestsPassed     int       `json:"tests_passed"`
	TestsTotal      int       `json:"tests_total"`
	Overtime        bool      `json:"overtime"`
	OvertimeSeconds int       `json:"overtime_seconds"`
	Solved          bool      `json:"solved"`
	Started         time.Time `json:"started"`
	Ended           time.Time `json:"ended"`
	SecondsUsed     int       `json:"seconds_used"`
	Edited          bool      `json:"edited"`
	HintsUsed       int       `json:"hints_used"`
	// Kind is coding, ml-design or behavioral. An ML design round's Slug
	// is its prompt's, a behavioral round's "behavioral"; their reviews
	// and self-grades follow.
	Kind             Kind               `json:"kind"`
	DesignReview     *design.Review     `json:"design_review,omitempty"`
	Grades           map[string]int     `json:"grades,omitempty"`
	Questions        []Question         `json:"questions,omitempty"`
	BehavioralReview *behavioral.Review `json:"behavioral_review,omitempty"`
	// Code is the judged file; only `judge history --show` prints it.
	Code string `json:"-"`
}

// Entries lists every attempt of records, newest first; the problems of
// one session keep their order.
func Entries(records []Record) []Entry {
	out := []Entry{}
	for i := len(records) - 1; i >= 0; i-- {
		r := &records[i]
		for _, a := range r.Attempts {
			topics := a.Topics
			if topics == nil {
				topics = []string{}
			}
			out = append(out, Entry{
				Session: r.Session, Format: r.Format, Outcome: r.Outcome,
				Slug: a.Slug, Title: a.Title, Difficulty: a.Difficulty, Topics: topics,
				Verdict: a.Verdict, TestsPassed: a.TestsPassed, TestsTotal: a.TestsTotal,
				Overtime: r.Overtime, OvertimeSeconds: r.OvertimeSeconds, Solved: r.Solved(a),
				Started: r.Started, Ended: r.Ended, SecondsUsed: a.SecondsUsed, Edited: a.Edited,
				HintsUsed: len(a.HintSeconds), Code: a.Code, Kind: KindCoding,
			})
		}
	}
	return out
}

// Timeline lists every attempt of records as Entries does, and each ML
// design and behavioral round as one entry in its place, newest first.
func Timeline(records []Record) []Entry {
	out := []Entry{}
	for i := len(records) - 1; i >= 0; i-- {
		r := &records[i]
		e := Entry{
			Session: r.Session, Format: r.Format, Outcome: r.Outcome, Topics: []string{},
			Overtime: r.Overtime, OvertimeSeconds: r.OvertimeSeconds,
			Started: r.Started, Ended: r.Ended, Kind: r.KindOf(),
		}
		switch {
		case r.Design != nil:
			d := r.Design
			e.Kind, e.Slug, e.Title = KindDesign, d.Slug, d.Title
			e.SecondsUsed, e.Edited = d.SecondsUsed, d.Edited
			e.DesignReview, e.Grades = d.Review, d.Grades
		case r.Behavioral != nil:
			b := r.Behavioral
			e.Kind, e.Slug = KindBehavioral, "behavioral"
			e.SecondsUsed, e.Edited = b.SecondsUsed, b.Edited
			e.Questions, e.BehavioralReview = b.Questions, b.Review
		default:
			out = append(out, Entries(records[i:i+1])...)
			continue
		}
		if r.Outcome == OutcomeAbandoned {
			e.Verdict = VerdictAbandoned
		} else {
			e.Verdict = "reviewed"
		}
		out = append(out, e)
	}
	return out
}

// The statuses of a problem in the history.
const (
	StatusSolved    = "solved"
	StatusAttempted = "attempted"
	StatusNew       = "new"
)

// Statuses is every problem of the history by slug: solved once accepted
// on time, else attempted. Problems not in it are new.
func Statuses(records []Record) map[string]string {
	out := map[string]string{}
	for i := range records {
		r := &records[i]
		for _, a := range r.Attempts {
			if r.Solved(a) {
				out[a.Slug] = StatusSolved
			} else if out[a.Slug] == "" {
				out[a.Slug] = StatusAttempted
			}
		}
	}
	return out
}

// TopicScore is how the user does on one topic.
type TopicScore struct {
	Topic    string
	Attempts int
	Solved   int
}

// Weakness is the share of failed attempts, smoothed so that one attempt
// does not decide: an untried topic is 0.5.
func (t TopicScore) Weakness() float64 {
	return float64(t.Attempts-t.Solved+1) / float64(t.Attempts+2)
}

// Topics scores every topic of the history, weakest first (ties by name).
func Topics(records []Record) []TopicScore {
	by := map[string]*TopicScore{}
	for i := range records {
		r := &records[i]
		for _, a := range r.Attempts {
			for _, t := range a.Topics {
				ts := by[t]
				if ts == nil {
					ts = &TopicScore{Topic: t}
					by[t] = ts
				}
				ts.Attempts++
				if r.Solved(a) {
					ts.Solved++
				}
			}
		}
	}
	out := make([]TopicScore, 0, len(by))
	for _, ts := range by {
		out = append(out, *ts)
	}
	sort.Slice(out, func(i, j int) bool {
		wi, wj := out[i].Weakness(), out[j].Weakness()
		if wi != wj {
			return wi > wj
		}
		return out[i].Topic < out[j].Topic
	})
	return out
}
