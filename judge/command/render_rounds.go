package command

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/behavioral"
	"github.com/judgehq/judge/judge/design"
	"github.com/judgehq/judge/judge/session"
)

// renderDesignReview writes an ML design round's review: the sections,
// the rubric items the notes mention, the clarifying questions asked, and
// what the review cannot judge. p may be nil when the prompt is gone from
// the bank: the facts not asked are then left out.
func renderDesignReview(w io.Writer, r *session.Round, rev *design.Review, p *design.Prompt) {
	written := 0
	for _, s := range rev.Sections {
		if s.Present && !s.Empty {
			written++
		}
	}
	fmt.Fprintf(w, "%s  %s\n", heading.Sprint("ML design · "+rev.Title), faint.Sprint(rev.Prompt))
	fmt.Fprintf(w, "  %s %d of %d written · %d words\n", faint.Sprint("Sections"), written, len(rev.Sections), rev.Words)
	for _, s := range rev.Sections {
		planned := session.Clock(time.Duration(s.PlannedSeconds) * time.Second)
		switch {
		case !s.Present:
			fmt.Fprintf(w, "    %s %-30s %s\n", bad.Sprint("✗"), s.Title, bad.Sprint("missing: no heading for it"))
		case s.Empty:
			fmt.Fprintf(w, "    %s %-30s %s\n", bad.Sprint("✗"), s.Title, bad.Sprintf("empty (%s planned)", planned))
		default:
			fmt.Fprintf(w, "    %s %-30s %4d words  %s\n", good.Sprint("✓"), s.Title, s.Words, faint.Sprintf("%s planned", planned))
		}
	}
	if len(rev.Other) > 0 {
		fmt.Fprintf(w, "    %s\n", faint.Sprintf("other headings, counted under no section: %s", strings.Join(rev.Other, "; ")))
	}
	fmt.Fprintf(w, "  %s %d of %d items mentioned %s\n", faint.Sprint("Rubric  "), rev.Mentioned, rev.Total, faint.Sprint("(their terms, in one section of your notes)"))
	grades := map[string]int{}
	if r.Design != nil {
		grades = r.Design.Grades
	}
	width := 0
	for _, it := range rev.Items {
		width = max(width, len(it.ID))
	}
	for _, it := range rev.Items {
		mark := good.Sprint("✓")
		if !it.Mentioned {
			mark = bad.Sprint("✗")
		}
		where := ""
		if it.Mentioned && it.FoundIn != it.Section {
			where = faint.Sprintf(" (under %s)", sectionTitle(it.FoundIn))
		}
		grade := ""
		if g, ok := grades[it.ID]; ok {
			grade = faint.Sprintf("  self-grade %d", g)
		}
		fmt.Fprintf(w, "    %s %-*s  %s%s%s\n", mark, width, it.ID, it.What, where, grade)
		if !it.Mentioned && it.Why != "" {
			fmt.Fprintf(w, "      %s\n", faint.Sprint(indentAfterFirst(wrap(it.Why, 72), "      ")))
		}
	}
	var asked []string
	topics := map[string]bool{}
	if r.Design != nil {
		for _, a := range r.Design.Asked {
			t := "no fact"
			if len(a.Topics) > 0 {
				t = strings.Join(a.Topics, ", ")
			}
			for _, tp := range a.Topics {
				topics[tp] = true
			}
			asked = append(asked, fmt.Sprintf("%q → %s (%s)", a.Question, t, session.Elapsed(time.Duration(a.Seconds)*time.Second)))
		}
	}
	if len(asked) == 0 {
		fmt.Fprintf(w, "  %s %s\n", faint.Sprint("Clarify "), bad.Sprint("no clarifying question asked (`judge facts WORD` during the round)"))
	} else {
		fmt.Fprintf(w, "  %s %s asked: %s\n", faint.Sprint("Clarify "), plural(len(asked), "question"), strings.Join(asked, "; "))
	}
	if p != nil {
		var missed []string
		for _, f := range p.Facts {
			if !topics[f.Topic] {
				missed = append(missed, f.Topic)
			}
		}
		if len(missed) > 0 {
			fmt.Fprintf(w, "    %s\n", faint.Sprintf("facts the interviewer had and you did not ask for: %s", strings.Join(missed, ", ")))
		}
	}
	fmt.Fprintf(w, "  %s\n", faint.Sprint(indentAfterFirst(wrap("What this review cannot judge: whether what you wrote is right, deep or well argued. Grade each item yourself, 0 missed, 1 mentioned, 2 explained, 3 with trade-offs or numbers: `judge grade ID=N ...` (`judge grade` lists them).", 74), "  ")))
}

// sectionTitle is the title of the design section with id.
func sectionTitle(id string) string {
	for _, s := range design.Sections {
		if s.ID == id {
			return s.Title
		}
	}
	return "another heading"
}

// wrap breaks text into lines of at most width characters.
func wrap(text string, width int) string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(text) {
		if line != "" && len(line)+1+len(word) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += word
	}
	return strings.Join(append(lines, line), "\n")
}

// renderBehavioralReview writes a behavioral round's review: per answer,
// its STAR parts, the figure in its result and its length; then what an
// interviewer listens for in each. bank may be nil.
func renderBehavioralReview(w io.Writer, r *session.Round, rev *behavioral.Review, bank *roundBank) {
	fmt.Fprintf(w, "%s\n", heading.Sprintf("Behavioral · %d of %d answers complete", rev.Complete, rev.Total))
	fmt.Fprintf(w, "  %s\n", faint.Sprint("complete: situation, task, action, result and what you learned, each written, and a figure in the result"))
	for i, a := range rev.Answers {
		var notes []string
		switch {
		case !a.Present:
			notes = append(notes, "no section for it in the notes")
		case slices.Contains(a.Missing, "result"):
			notes = append(notes, "no result")
		case !a.Figure:
			notes = append(notes, "a result without a figure")
		}
		var missing []string
		for _, m := range a.Missing {
			if m != "result" {
				missing = append(missing, m)
			}
		}
		if a.Present && len(missing) > 0 {
			notes = append(notes, "missing "+strings.Join(missing, ", "))
		}
		switch a.Length {
		case behavioral.LengthShort:
			notes = append(notes, fmt.Sprintf("short: %d words (under %d leaves the story untold)", a.Words, behavioral.ShortWords))
		case behavioral.LengthLong:
			notes = append(notes, fmt.Sprintf("long: %d words (over %d does not fit 3 spoken minutes)", a.Words, behavioral.LongWords))
		default:
			notes = append(notes, fmt.Sprintf("%d words", a.Words))
		}
		mark := good.Sprint("✓")
		if !a.Complete() {
			mark = bad.Sprint("✗")
		}
		fmt.Fprintf(w, "  %s Q%d %-14s %s\n", mark, i+1, a.Category, strings.Join(notes, " · "))
		if q := findQuestion(bank, a.Question); q != nil {
			fmt.Fprintf(w, "      %s\n", faint.Sprint(indentAfterFirst(wrap(q.Text, 72), "      ")))
			for _, l := range q.ListenFor {
				fmt.Fprintf(w, "      %s %s\n", faint.Sprint("listen for:"), l)
			}
			for _, f := range q.FollowUps {
				fmt.Fprintf(w, "      %s %s\n", faint.Sprint("follow-up: "), f)
			}
		}
	}
	fmt.Fprintf(w, "  %s\n", faint.Sprint(indentAfterFirst(wrap("What this review cannot judge: whether the story convinces. Say it aloud against the clock; `judge stories --add` keeps the good ones.", 74), "  ")))
}

func findQuestion(b *roundBank, id string) *behavioral.Question {
	if b == nil {
		return nil
	}
	q, _ := behavioral.Find(b.questions, id)
	return q
}

// roundSummary is one line on a round: its kind, content and outcome.
func roundSummary(r *session.Round) string {
	res := r.Result
	switch r.KindOf() {
	case session.KindDesign:
		s := r.Design.Slug
		if res == nil || res.Design == nil {
			return s
		}
		rev := res.Design
		written := 0
		for _, sec := range rev.Sections {
			if sec.Present && !sec.Empty {
				written++
			}
		}
		s += fmt.Sprintf(": %d of %d sections written, %d of %d rubric items mentioned", written, len(rev.Sections), rev.Mentioned, rev.Total)
		if sum, n := gradeSum(r.Design.Grades, rev); n > 0 {
			s += fmt.Sprintf(", self-grade %d of %d (%d of %d items graded)", sum, session.MaxGrade*rev.Total, n, rev.Total)
		} else {
			s += ", not self-graded yet"
		}
		return s
	case session.KindBehavioral:
		s := plural(len(r.Questions), "question")
		if res == nil || res.Behavioral == nil {
			return s
		}
		return s + fmt.Sprintf(": %d of %d answers complete", res.Behavioral.Complete, res.Behavioral.Total)
	}
	var parts []string
	for i, p := range r.Problems {
		v := ""
		if res != nil && i < len(res.Reports) && res.Reports[i] != nil {
			v = " " + res.Reports[i].Verdict.String()
		}
		parts = append(parts, p.Slug+v)
	}
	return strings.Join(parts, ", ")
}

// gradeSum adds the self-grades of the review's items; n is how many
// are graded.
func gradeSum(grades map[string]int, rev *design.Review) (sum, n int) {
	for _, it := range rev.Items {
		if g, ok := grades[it.ID]; ok {
			sum += g
			n++
		}
	}
	return sum, n
}

// renderLoopReport writes the report of a whole loop: every round, its
// outcome, and what decides the level.
func renderLoopReport(w io.Writer, s *session.Session) {
	title := "Loop"
	if f, err := session.FindFormat(s.Format); err == nil {
		title = "Mock " + f.Title
	}
	fmt.Fprintf(w, "%s %s, level %s, seed %d: %d rounds\n", heading.Sprint("Loop report:"), title, s.Level, s.Seed, s.Total())
	for i, r := range s.Rounds() {
		mark := faint.Sprint("·")
		state := "not started"
		switch {
		case r.Result != nil && r.Result.Passed():
			mark, state = good.Sprint("✓"), "passed"
		case r.Result != nil:
			mark, state = bad.Sprint("✗"), "not passed"
			if r.Result.Overtime {
				state += ", overtime"
			}
		case i == s.Index():
			state = "running"
		}
		if r.Result != nil && r.KindOf() == session.KindCoding {
			accepted := 0
			for _, rep := range r.Result.Reports {
				if rep != nil && rep.Verdict == judge.Accepted {
					accepted++
				}
			}
			state += fmt.Sprintf(", %d of %d accepted", accepted, len(r.Result.Reports))
		}
		fmt.Fprintf(w, "  %s %d %-10s %5s  %s %s\n", mark, i+1, r.KindOf(), session.Clock(r.Duration()), roundSummary(r), faint.Sprintf("(%s)", state))
	}
	advice := "The design and behavioral rounds decide the level: read their reviews again (`judge review --round N`)"
	for _, r := range s.Rounds() {
		if r.KindOf() == session.KindDesign {
			advice += " and grade the design rubrics yourself (`judge grade --round N`)"
			break
		}
	}
	fmt.Fprintf(w, "  %s\n", faint.Sprint(indentAfterFirst(wrap(advice+".", 74), "  ")))
}
