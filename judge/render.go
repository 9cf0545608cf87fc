package judge

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/fatih/color"
)

var (
	good  = color.New(color.FgGreen, color.Bold)
	bad   = color.New(color.FgRed, color.Bold)
	label = color.New(color.Faint)
)

// Render writes the report for a terminal; colour follows color.NoColor.
func (r *Report) Render(w io.Writer) {
	mark, paint := "✗", bad
	if r.Verdict == Accepted {
		mark, paint = "✓", good
	}
	fmt.Fprintf(w, "%s  %s", paint.Sprint(mark+" "+r.Verdict.Title()), r.Problem)
	if r.Verdict != CompileError {
		fmt.Fprintf(w, "  %d/%d tests passed", r.Passed, r.Total)
	}
	fmt.Fprintln(w)
	// Fields are indented under the verdict, and further under an
	// example's name when the examples are listed.
	in := "  "
	field := func(name, value string) {
		if value == "" {
			return
		}
		if strings.Contains(value, "\n") {
			fmt.Fprintf(w, "%s%s\n%s\n", in, label.Sprint(name), indent(value, in+"  "))
			return
		}
		fmt.Fprintf(w, "%s%-9s %s\n", in, label.Sprint(name), value)
	}
	failure := func(f *Failure) {
		field("Input", f.Input)
		expected, actual := f.Expected, f.Actual
		if d := f.Difference; d != nil {
			expected = showWindow(d, d.Expected, d.ExpectedLength)
			actual = showWindow(d, d.Actual, d.ActualLength)
		}
		if f.Operation != nil && (len(expected) > showValue || len(actual) > showValue) {
			// Clipped result lists say nothing the operation does not.
			expected, actual = "", ""
		}
		field("Expected", expected)
		field("Output", actual)
		field("Message", f.Message)
		if f.Diff != "" {
			fmt.Fprintf(w, "%s%s\n%s\n", in, label.Sprint("Diff (-expected +output)"), indent(strings.TrimRight(f.Diff, "\n"), in+"  "))
		}
		field("Stdout", strings.TrimRight(f.Stdout, "\n"))
	}
	shown := false // whether a case showed the failure
	for _, c := range r.Cases {
		in = "    "
		if c.Failure != nil {
			fmt.Fprintf(w, "  %s %s\n", bad.Sprint("✗"), c.Test)
			failure(c.Failure)
			shown = shown || c.Failure == r.Failure
		} else {
			fmt.Fprintf(w, "  %s %s\n", good.Sprint("✓"), c.Test)
			field("Input", c.Input)
			field("Output", c.Output)
			field("Stdout", strings.TrimRight(c.Stdout, "\n"))
		}
		in = "  "
	}
	if f := r.Failure; f != nil && !shown {
		switch {
		case r.Verdict == CompileError:
			fmt.Fprintln(w, indent(f.Message, "  "))
		case len(r.Cases) > 0:
			// A report recorded before the failing example was a case.
			fmt.Fprintf(w, "  %s %s\n", bad.Sprint("✗"), f.Test)
			in = "    "
			failure(f)
			in = "  "
		default:
			field("Test", f.Test)
			failure(f)
		}
	}
	switch {
	case r.Verdict == CompileError:
	case r.Verdict == TimeLimitExceeded && r.LimitMS > 0:
		// The test was stopped, or finished late: its limit is what
		// matters, not the time of the tests before it.
		fmt.Fprintf(w, "  %s > %s (limit) · %s %.1f MB\n", label.Sprint("Runtime"), ms(int64(r.LimitMS*1e6)), label.Sprint("Memory"), float64(r.MemoryKB)/1024)
	default:
		fmt.Fprintf(w, "  %s %s · %s %.1f MB\n", label.Sprint("Runtime"), ms(int64(r.TimeMS*1e6)), label.Sprint("Memory"), float64(r.MemoryKB)/1024)
	}
	if c := r.Complexity; c != nil && r.Verdict != CompileError {
		fmt.Fprintf(w, "  %s %s time, %s space: say yours and why\n", label.Sprint("Expected"), c.Time, c.Space)
	}
}

// showWindow is one side of a Window as a report shows it: the values,
// then where they are in the whole.
func showWindow(d *Window, values string, length int) string {
	if length == 0 {
		return values
	}
	var where string
	if len(d.Index) > 1 {
		where = "in "
		for _, i := range d.Index[:len(d.Index)-1] {
			where += "[" + strconv.Itoa(i) + "]"
		}
		where += ", "
	}
	return fmt.Sprintf("%s  %s", values, label.Sprintf("(%sfrom index %d of %d)", where, d.From, length))
}

func indent(s, prefix string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = prefix + l
	}
	return strings.Join(lines, "\n")
}
