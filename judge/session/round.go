package session

import (
	"fmt"
	"os"
	"strings"
	"time"
)

// Kind is what a round practises.
type Kind string

// The kinds of round.
const (
	KindCoding     Kind = "coding"
	KindDesign     Kind = "ml-design"
	KindBehavioral Kind = "behavioral"
)

// Kinds are the kinds of round, in the order a loop runs them.
var Kinds = []Kind{KindCoding, KindDesign, KindBehavioral}

// Title is the kind as a round's name reads in a sentence.
func (k Kind) Title() string {
	switch k {
	case KindDesign:
		return "ML design"
	case KindBehavioral:
		return "behavioral"
	}
	return "coding"
}

// Round is one round on its own clock: a coding round's problems, an ML
// design round's prompt or a behavioral round's questions, the notepad
// they are written in, and the result once judged.
type Round struct {
	// Kind is empty in a version 1 state: a coding round.
	Kind     Kind      `json:"kind,omitempty"`
	Started  time.Time `json:"started"`
	Deadline time.Time `json:"deadline"`
	// PlannedSeconds is the round's clock, which starts when the round
	// does (a round of a loop starts when the one before it ends).
	PlannedSeconds int `json:"planned_seconds,omitempty"`
	// Problems are a coding round's.
	Problems []Problem `json:"problems"`
	// Design is an ML design round's prompt.
	Design *DesignPrompt `json:"design,omitempty"`
	// Questions are a behavioral round's.
	Questions []Question `json:"questions,omitempty"`
	// Notes is the notepad of a design or behavioral round (absolute).
	Notes string `json:"notes,omitempty"`
	// Result is set once the round is judged, and never changes after.
	Result *Result `json:"result,omitempty"`
}

// DesignPrompt is the prompt of an ML design round, and what the
// candidate did around it: clarifying questions, self-grades.
type DesignPrompt struct {
	Slug  string `json:"slug"`
	Title string `json:"title"`
	// Asked are the clarifying questions put with `judge facts`.
	Asked []Ask `json:"asked,omitempty"`
	// Grades are the candidate's own grades of the rubric items, by id:
	// 0 missed, 1 mentioned, 2 explained, 3 with trade-offs or numbers.
	Grades map[string]int `json:"grades,omitempty"`
}

// Ask is one clarifying question and the facts that answered it.
type Ask struct {
	// Seconds is when it was asked, from the round's start.
	Seconds  int      `json:"seconds"`
	Question string   `json:"question"`
	Topics   []string `json:"topics"`
}

// Question is one question of a behavioral round.
type Question struct {
	ID       string `json:"id"`
	Category string `json:"category"`
	Text     string `json:"text"`
}

// MaxGrade is the highest self-grade of a rubric item.
const MaxGrade = 3

// GradeNames say what each self-grade means.
var GradeNames = [...]string{"missed", "mentioned", "explained", "with trade-offs or numbers"}

// start puts the round on the clock from now, to the second.
func (r *Round) start(now time.Time) {
	r.Started = now.Truncate(time.Second)
	r.Deadline = r.Started.Add(time.Duration(r.PlannedSeconds) * time.Second)
}

// KindOf is the round's kind, coding when a version 1 state left it out.
func (r *Round) KindOf() Kind {
	if r.Kind == "" {
		return KindCoding
	}
	return r.Kind
}

// Duration is the round's clock.
func (r *Round) Duration() time.Duration {
	if r.Started.IsZero() {
		return time.Duration(r.PlannedSeconds) * time.Second
	}
	return r.Deadline.Sub(r.Started)
}

// PhaseAt is the round's phase at now.
func (r *Round) PhaseAt(now time.Time) Phase {
	switch {
	case r.Result != nil:
		return Judged
	case now.Before(r.Deadline):
		return Notepad
	}
	return TimeUp
}

// Remaining is the time left on the clock at now, never negative.
func (r *Round) Remaining(now time.Time) time.Duration {
	return max(r.Deadline.Sub(now), 0)
}

// Slugs lists a coding round's problems.
func (r *Round) Slugs() []string {
	out := make([]string, len(r.Problems))
	for i, p := range r.Problems {
		out[i] = p.Slug
	}
	return out
}

// Label names the round in a sentence: its problems, its prompt, or its
// questions.
func (r *Round) Label() string {
	switch r.KindOf() {
	case KindDesign:
		return "the ML design prompt " + r.Design.Slug
	case KindBehavioral:
		return fmt.Sprintf("%d behavioral question%s", len(r.Questions), plural(len(r.Questions)))
	}
	return strings.Join(r.Slugs(), ", ")
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// Files lists the round's files: a coding round's solutions, in the order
// of its problems, or the notepad of the others.
func (r *Round) Files() []string {
	if r.KindOf() != KindCoding {
		return []string{r.Notes}
	}
	out := make([]string, len(r.Problems))
	for i, p := range r.Problems {
		out[i] = p.File
	}
	return out
}

// fileNames name the round's files in its result, in the order of Files:
// a problem's slug, the prompt's slug, or "behavioral".
func (r *Round) fileNames() []string {
	switch r.KindOf() {
	case KindDesign:
		return []string{r.Design.Slug}
	case KindBehavioral:
		return []string{string(KindBehavioral)}
	}
	return r.Slugs()
}

// Stat reports what the file system says about the round's files now, in
// the order of Files.
func (r *Round) Stat() []FileState {
	files := r.Files()
	out := make([]FileState, len(files))
	for i, f := range files {
		fi, err := os.Stat(f)
		if err != nil {
			out[i].Missing = true
			continue
		}
		out[i].Modified = fi.ModTime()
	}
	return out
}

// QuestionIDs lists a behavioral round's questions.
func (r *Round) QuestionIDs() []string {
	out := make([]string, len(r.Questions))
	for i, q := range r.Questions {
		out[i] = q.ID
	}
	return out
}

// Index is the current round's place in the loop, from 0.
func (s *Session) Index() int { return len(s.Done) }

// Total is the number of rounds in the session.
func (s *Session) Total() int { return len(s.Done) + 1 + len(s.Next) }

// IsLoop reports whether the session has more than one round.
func (s *Session) IsLoop() bool { return s.Total() > 1 }

// Rounds lists every round of the session in order: those done, the
// current one, those to come.
func (s *Session) Rounds() []*Round {
	var out []*Round
	for i := range s.Done {
		out = append(out, &s.Done[i])
	}
	out = append(out, &s.Round)
	for i := range s.Next {
		out = append(out, &s.Next[i])
	}
	return out
}

// Advance starts the next round at now, once the current one is judged.
func (s *Session) Advance(now time.Time) error {
	switch {
	case s.Result == nil:
		return fmt.Errorf("the current round is not judged yet")
	case len(s.Next) == 0:
		return fmt.Errorf("the loop has no round left")
	}
	s.Done = append(s.Done, s.Round)
	s.Round = s.Next[0]
	s.Next = s.Next[1:]
	s.Round.start(now)
	return nil
}
