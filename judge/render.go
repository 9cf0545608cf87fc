package judge

import (
	"fmt"
	"io"
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
	for _, c := range r.Cases {
		fmt.Fprintf(w, "  %s %s\n", good.Sprint("✓"), c.Test)
		in = "    "
		field("Input", c.Input)
		field("Output", c.Output)
		field("Stdout", strings.TrimRight(c.Stdout, "\n"))
		in = "  "
	}
	if f := r.Failure; f != nil {
		if len(r.Cases) > 0 {
			fmt.Fprintf(w, "  %s %s\n", bad.Sprint("✗"), f.Test)
			in = "    "
		}
		if r.Verdict == CompileError {
			fmt.Fprintln(w, indent(f.Message, "  "))
		} else {
			if len(r.Cases) == 0 {
				field("Test", f.Test)
			}
			field("Input", f.Input)
			field("Expected", f.Expected)
			field("Output", f.Actual)
			field("Message", f.Message)
			if f.Diff != "" {
				fmt.Fprintf(w, "%s%s\n%s\n", in, label.Sprint("Diff (-expected +output)"), indent(strings.TrimRight(f.Diff, "\n"), in+"  "))
			}
			field("Stdout", strings.TrimRight(f.Stdout, "\n"))
		}
		in = "  "
	}
	if r.Verdict != CompileError {
		fmt.Fprintf(w, "  %s %s · %s %.1f MB\n", label.Sprint("Runtime"), ms(int64(r.TimeMS*1e6)), label.Sprint("Memory"), float64(r.MemoryKB)/1024)
	}
	if c := r.Complexity; c != nil && r.Verdict != CompileError {
		fmt.Fprintf(w, "  %s %s time, %s space: say yours and why\n", label.Sprint("Expected"), c.Time, c.Space)
	}
}

func indent(s, prefix string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = prefix + l
	}
	return strings.Join(lines, "\n")
}
