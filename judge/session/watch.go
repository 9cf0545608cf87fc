package session

import (
	"context"
	"fmt"
	"io"
	"time"
)

// Describe says, in one line, which problem (or question) and stage a
// slot is and what to do in it; times are from the round's start.
func (s *Round) Describe(sl Slot) string {
	where := sl.Slug
	switch {
	case s.KindOf() == KindBehavioral:
		where = fmt.Sprintf("question %d of %d, %s", sl.Problem+1, len(s.Questions), sl.Slug)
	case len(s.Problems) > 1:
		where = fmt.Sprintf("problem %d of %d, %s", sl.Problem+1, len(s.Problems), sl.Slug)
	}
	return fmt.Sprintf("%s: %s (%s–%s): %s", where, sl.Name(), Elapsed(sl.Start.Sub(s.Started)), Elapsed(sl.End.Sub(s.Started)), sl.Prompt())
}

// Watch shows a session's countdown and the stage prompts until the
// deadline, the session's end, or ctx's.
type Watch struct {
	// Load reads the session at each tick, so that a submit from another
	// terminal ends the watch.
	Load  func() (*Session, error)
	Now   func() time.Time
	Ticks <-chan time.Time
	// Redraw rewrites the countdown in place, for a terminal; otherwise a
	// line is printed when the stage or the minute changes.
	Redraw bool
}

// Run shows the countdown until there is nothing left to count.
func (wt *Watch) Run(ctx context.Context, w io.Writer) error {
	lastStage, lastMinute := "", -1
	drawn := false
	endLine := func() {
		if drawn {
			fmt.Fprintln(w)
			drawn = false
		}
	}
	defer endLine()
	for {
		s, err := wt.Load()
		if err != nil {
			return err
		}
		now := wt.Now()
		switch s.PhaseAt(now) {
		case NoSession:
			endLine()
			fmt.Fprintln(w, "No session: `judge start SLUG` or `judge mock` begins one.")
			return nil
		case Judged:
			endLine()
			if len(s.Next) > 0 {
				fmt.Fprintf(w, "Round %d of %d is judged: `judge submit --next` starts the next, %s.\n", s.Index()+1, s.Total(), s.Next[0].Kind.Title())
				return nil
			}
			fmt.Fprintln(w, "The session is judged: `judge submit` shows its result.")
			return nil
		case TimeUp:
			endLine()
			fmt.Fprintf(w, "Time is up (%s). `judge submit` judges your files; an edit from now on counts as overtime.\n", Clock(s.Duration()))
			return nil
		}
		left := s.Remaining(now)
		sl, ok := s.SlotAt(now)
		stage := fmt.Sprint(s.Index(), sl.Problem, sl.Stage)
		if ok && stage != lastStage {
			endLine()
			fmt.Fprintln(w, "→ "+s.Describe(sl))
			lastStage, lastMinute = stage, -1
		}
		line := fmt.Sprintf("%s left · %s · %s", Clock(left), sl.Slug, sl.Name())
		if wt.Redraw {
			fmt.Fprint(w, "\r\033[K"+line)
			drawn = true
		} else if m := Seconds(left) / 60; m != lastMinute {
			fmt.Fprintln(w, line)
			lastMinute = m
		}
		select {
		case <-ctx.Done():
			return nil
		case <-wt.Ticks:
		}
	}
}
