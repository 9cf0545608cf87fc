package command

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/judgehq/judge/judge"
)

// label colours a field's name.
var label = faint

// renderReport writes a verdict's report for a terminal; colour follows
// color.NoColor.
func renderReport(w io.Writer, r *judge.Report) {
	mark, paint := "✗", bad
	if r.Verdict == judge.Accepted {
		mark, paint = "✓", good
	}
	fmt.Fprintf(w, "%s  %s", paint.Sprint(mark+" "+r.Verdict.Title()), r.Problem)
	if r.Verdict != judge.CompileError {
		fmt.Fprintf(w, "  %d/%d tests passed", r.Passed, r.Total)
	}
	fmt.Fprintln(w)
	// Fields are indented under the verdict, and further under an
	// example's name when the examples are listed.
	top := &fields{w: w, in: "  "}
	under := &fields{w: w, in: "    "}
	shown := false // whether a case showed the failure
	for _, c := range r.Cases {
		if c.Failure != nil {
			fmt.Fprintf(w, "  %s %s  %s\n", bad.Sprint("✗"), c.Test, bad.Sprint(c.Verdict.Title()))
			under.failure(c.Failure)
			shown = shown || c.Failure == r.Failure
			continue
		}
		fmt.Fprintf(w, "  %s %s\n", good.Sprint("✓"), c.Test)
		under.field("Input", c.Input)
		under.field("Output", c.Output)
		under.field("Stdout", strings.TrimRight(c.Stdout, "\n"))
	}
	if f := r.Failure; f != nil && !shown {
		switch {
		case r.Verdict == judge.CompileError:
			fmt.Fprintln(w, indent(f.Message, "  "))
		case len(r.Cases) > 0:
			// A report recorded before the failing example was a case.
			fmt.Fprintf(w, "  %s %s\n", bad.Sprint("✗"), f.Test)
			under.failure(f)
		default:
			top.field("Test", f.Test)
			top.failure(f)
		}
	}
	switch {
	case r.Verdict == judge.CompileError:
	case r.Verdict == judge.TimeLimitExceeded && r.LimitMS > 0:
		// The test was stopped, or finished late: its limit is what
		// matters, not the time of the tests before it.
		fmt.Fprintf(w, "  %s > %s (limit) · %s %.1f MB\n", label.Sprint("Runtime"), judge.ShowNS(int64(r.LimitMS*1e6)), label.Sprint("Memory"), float64(r.MemoryKB)/1024)
	default:
		fmt.Fprintf(w, "  %s %s · %s %.1f MB\n", label.Sprint("Runtime"), judge.ShowNS(int64(r.TimeMS*1e6)), label.Sprint("Memory"), float64(r.MemoryKB)/1024)
	}
	if c := r.Complexity; c != nil && r.Verdict != judge.CompileError {
		fmt.Fprintf(w, "  %s %s time, %s space: say yours and why\n", label.Sprint("Expected"), c.Time, c.Space)
	}
}

// renderCustom writes a run of the user's own input for a terminal.
func renderCustom(w io.Writer, c *judge.Custom) {
	fs := &fields{w: w, in: "  "}
	message := c.Message
	switch {
	case c.ReferenceError != "":
		fmt.Fprintf(w, "%s  %s\n", bad.Sprint("✗ Not a valid input"), c.Problem)
		message = "the reference solution fails on it, so it breaks the problem's guarantees (see the constraints: judge show " + c.Problem + ")\n" + c.ReferenceError
	case c.Error != "":
		fmt.Fprintf(w, "%s  %s\n", bad.Sprint("✗ No answer"), c.Problem)
		message = c.Error
	case c.Agree:
		fmt.Fprintf(w, "%s  %s\n", good.Sprint("✓ Agrees with the reference"), c.Problem)
	default:
		fmt.Fprintf(w, "%s  %s\n", bad.Sprint("✗ Differs from the reference"), c.Problem)
	}
	fs.field("Input", c.Input)
	fs.field("Output", c.Output)
	fs.field("Expected", c.Expected)
	fs.field("Message", message)
	fs.diff(c.Diff)
	fs.field("Stdout", strings.TrimRight(c.Stdout, "\n"))
}

// fields writes a report's labelled values, indented by in.
type fields struct {
	w  io.Writer
	in string
}

// field writes one value under its label, on the label's line when it
// is one line; an empty value is left out.
func (fs *fields) field(name, value string) {
	if value == "" {
		return
	}
	if strings.Contains(value, "\n") {
		fmt.Fprintf(fs.w, "%s%s\n%s\n", fs.in, label.Sprint(name), indent(value, fs.in+"  "))
		return
	}
	fmt.Fprintf(fs.w, "%s%-9s %s\n", fs.in, label.Sprint(name), value)
}

// diff writes go-cmp's diff of the expected and the actual output.
func (fs *fields) diff(d string) {
	if d != "" {
		fmt.Fprintf(fs.w, "%s%s\n%s\n", fs.in, label.Sprint("Diff (-expected +output)"), indent(strings.TrimRight(d, "\n"), fs.in+"  "))
	}
}

// failure writes a failing test's fields.
func (fs *fields) failure(f *judge.Failure) {
	fs.field("Input", f.Input)
	expected, actual := f.Expected, f.Actual
	if d := f.Difference; d != nil {
		expected = showWindow(d, d.Expected, d.ExpectedLength)
		actual = showWindow(d, d.Actual, d.ActualLength)
	}
	if f.Operation != nil && (len(expected) > judge.ShowValue || len(actual) > judge.ShowValue) {
		// Clipped result lists say nothing the operation does not.
		expected, actual = "", ""
	}
	fs.field("Expected", expected)
	fs.field("Output", actual)
	fs.field("Message", f.Message)
	fs.diff(f.Diff)
	fs.field("Stdout", strings.TrimRight(f.Stdout, "\n"))
}

// showWindow is one side of a Window as a report shows it: the values,
// then where they are in the whole.
func showWindow(d *judge.Window, values string, length int) string {
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
