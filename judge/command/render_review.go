package command

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/judgehq/judge/judge/review"
	"github.com/judgehq/judge/judge/session"
)

// renderReview writes a review for a terminal, below its verdict.
func renderReview(w io.Writer, r *review.Review) {
	fmt.Fprintf(w, "  %s\n", heading.Sprint("Review"))
	// Examples: the clarify step.
	valid, right, passed := 0, 0, 0
	for _, e := range r.Examples {
		if e.Valid {
			valid++
		}
		if e.Correct {
			right++
		}
		if e.Passed {
			passed++
		}
	}
	if len(r.Examples) > 0 {
		fmt.Fprintf(w, "  %s %d written, %d valid, %d with the right answer; your code gave what you expected on %d\n",
			faint.Sprint("Examples"), len(r.Examples), valid, right, passed)
	}
	for _, e := range r.Examples {
		switch {
		case !e.Valid:
			fmt.Fprintf(w, "    %s line %d: %s\n", bad.Sprint("!"), e.Line, e.Error)
		case !e.Correct:
			fmt.Fprintf(w, "    %s line %d: %s: you expected %s; the answer is %s\n", bad.Sprint("✗"), e.Line, e.Input, e.Expected, e.Answer)
		case !e.Passed:
			fmt.Fprintf(w, "    %s line %d: %s -> %s, but your code gave %s\n", bad.Sprint("✗"), e.Line, e.Input, e.Expected, e.Actual)
		default:
			fmt.Fprintf(w, "    %s line %d: %s -> %s\n", good.Sprint("✓"), e.Line, e.Input, e.Expected)
		}
	}
	if r.MutantsTotal > 0 {
		fmt.Fprintf(w, "  %s your valid examples catch %d of %d plausible bugs\n", faint.Sprint("Thorough"), r.MutantsCaught, r.MutantsTotal)
		for _, m := range r.Missed {
			fmt.Fprintf(w, "    %s %s\n", faint.Sprint("missed:"), m)
		}
	}
	// Complexity: the plan and the close.
	c := r.Complexity
	orNone := func(s string) string {
		if s == "" {
			return "—"
		}
		return s
	}
	fmt.Fprintf(w, "  %s declared %s · expected %s", faint.Sprint("Time    "), orNone(c.DeclaredTime), orNone(c.ExpectedTime))
	if c.MeasuredTime != "" {
		fmt.Fprintf(w, " · measured %s", c.MeasuredTime)
	}
	fmt.Fprintln(w)
	if c.Evidence != "" {
		fmt.Fprintf(w, "           %s\n", faint.Sprintf("on %s: %s", c.LadderN, c.Evidence))
	}
	fmt.Fprintf(w, "  %s declared %s · expected %s\n", faint.Sprint("Space   "), orNone(c.DeclaredSpace), orNone(c.ExpectedSpace))
	for _, f := range c.Flags {
		fmt.Fprintf(w, "    %s %s\n", bad.Sprint("✗"), f)
	}
	if c.Agrees {
		fmt.Fprintf(w, "    %s declared, expected and measured agree\n", good.Sprint("✓"))
	}
	if r.HintsUsed > 0 {
		var at []string
		for _, s := range r.HintSeconds {
			at = append(at, session.Clock(time.Duration(s)*time.Second))
		}
		fmt.Fprintf(w, "  %s %s, at %s\n", faint.Sprint("Hints   "), plural(r.HintsUsed, "hint"), strings.Join(at, ", "))
	}
	for _, n := range r.Notes {
		fmt.Fprintf(w, "  %s %s\n", faint.Sprint("Note    "), n)
	}
	if len(r.Followups) > 0 {
		fmt.Fprintf(w, "  %s\n", faint.Sprint("Follow-ups an interviewer would ask in the close:"))
		for _, f := range r.Followups {
			fmt.Fprintf(w, "    - %s\n", f)
		}
	}
	fmt.Fprintf(w, "  %s\n", faint.Sprintf("`judge solution %s` shows the reference and its write-up.", r.Problem))
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
