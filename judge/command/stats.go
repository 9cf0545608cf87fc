package command

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/fatih/color"
	"github.com/guptarohit/asciigraph"
	"github.com/judgehq/judge/judge/home"
	"github.com/judgehq/judge/judge/progress"
	"github.com/judgehq/judge/judge/session"
	"github.com/urfave/cli/v2"
)

var statsCommand = &cli.Command{
	Name:      "stats",
	Usage:     "your progress: topics, difficulties, plans, streak, pass rate and readiness",
	UsageText: "judge stats [--json] [--html FILE]",
	Description: `Figures from the history, each problem counted once however often you
tried it. A problem is solved on time once accepted in a round finished
before its deadline; a fix judged outside a round does not count here.

  topics       per topic, in the preparation plan's order: solved on time,
               attempted, in the bank; the median time used (from the
               round's start to the file's last edit, each problem's latest
               timed round) against the round's clock
  difficulty   and plans (learn, roadmap, company, design): solved / total
  activity     days practised; the streak of days with a judged round (a
               today without one yet does not break it); rounds in the last
               7 and 30 days; the on-time pass rate of rounds (an abandoned
               round counts as not passed) and its trend, last 14 days
               against the 14 before; charts of the last 30 days
  readiness    per mock format, the share of its last 5 mocks passed on time

--html FILE writes the same figures as one self-contained page (inline SVG,
nothing fetched). Colours go off with NO_COLOR; charts fit the terminal.`,
	Flags: []cli.Flag{
		&cli.BoolFlag{Name: "json", Usage: "print the figures as JSON"},
		&cli.StringFlag{Name: "html", Usage: "write the figures as an HTML page to `FILE`"},
	},
	Action: func(c *cli.Context) error {
		env, err := envOf(c)
		if err != nil {
			return err
		}
		if c.NArg() > 0 {
			return usageError("judge stats takes no arguments")
		}
		return Stats(c.App.Writer, env, StatsOptions{JSON: c.Bool("json"), HTML: c.String("html"), Width: termWidth(c.App.Writer)})
	},
}

// StatsOptions are the inputs of Stats.
type StatsOptions struct {
	JSON bool
	// HTML, when set, is the file the page goes to.
	HTML string
	// Width is the terminal's, in columns.
	Width int
}

// Stats writes the user's progress.
func Stats(w io.Writer, env *Env, o StatsOptions) error {
	in, _, err := planInput(env)
	if err != nil {
		return err
	}
	st := progress.ComputeStats(in)
	if o.HTML != "" {
		var b strings.Builder
		if err := renderStatsHTML(&b, st); err != nil {
			return err
		}
		if err := home.WriteFileAtomic(o.HTML, []byte(b.String())); err != nil {
			return usageError("write %s: %v", o.HTML, err)
		}
		if err := os.Chmod(o.HTML, 0o644); err != nil { // a page to share, not a secret
			return err
		}
		if !o.JSON {
			fmt.Fprintf(w, "Wrote %s: open it in a browser.\n", o.HTML)
			return nil
		}
	}
	if o.JSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false) // "Arrays & hashing" as written
		return enc.Encode(st)
	}
	renderStats(w, st, o.Width)
	return nil
}

// renderStats writes the figures for a terminal width columns wide.
func renderStats(w io.Writer, st *progress.Stats, width int) {
	if st.Problems.Attempted == 0 && st.Rounds == 0 {
		fmt.Fprintf(w, "No attempts yet: %d problems wait in the bank. `judge next` says where to start.\n", st.Problems.Total)
		return
	}
	fmt.Fprintf(w, "%s %s\n", heading.Sprint("Progress"), faint.Sprint(st.Date))
	fmt.Fprintf(w, "  %d of %d problems solved on time, %d attempted · %s practised · streak %s\n\n",
		st.Problems.Solved, st.Problems.Total, st.Problems.Attempted, plural(st.DaysPractised, "day"), plural(st.StreakDays, "day"))

	// name, bar, counts, median: the bar takes what the rest leaves.
	nameW := 0
	for _, t := range st.Topics {
		nameW = max(nameW, len(t.Topic))
	}
	barW := min(24, width-nameW-50)
	if barW < 8 {
		barW = 0
	}
	fmt.Fprintf(w, "%s  %s\n", heading.Sprint("Topics"), faint.Sprint("solved on time/attempted/in the bank · median time used, of the clock"))
	for _, t := range st.Topics {
		line := fmt.Sprintf("  %-*s  ", nameW, t.Topic)
		if barW > 0 {
			line += bar(t.Solved, t.Attempted, t.Total, barW) + "  "
		}
		line += fmt.Sprintf("%11s", fmt.Sprintf("%d/%d/%d", t.Solved, t.Attempted, t.Total))
		if t.MedianSecondsUsed != nil {
			line += fmt.Sprintf("  %5s, %3.0f%% of the clock", session.Clock(time.Duration(*t.MedianSecondsUsed)*time.Second), 100**t.MedianClockShare)
		}
		fmt.Fprintln(w, strings.TrimRight(line, " "))
	}

	var parts []string
	for _, d := range st.Difficulties {
		parts = append(parts, fmt.Sprintf("%s %d/%d", d.Name, d.Solved, d.Total))
	}
	fmt.Fprintf(w, "\n%s  %s\n", heading.Sprint("Difficulty"), strings.Join(parts, " · "))
	parts = parts[:0]
	for _, p := range st.Plans {
		if p.Total > 0 { // a plan whose problems are not in the bank yet
			parts = append(parts, fmt.Sprintf("%s %d/%d", p.Name, p.Solved, p.Total))
		}
	}
	if len(parts) > 0 {
		fmt.Fprintf(w, "%s       %s\n", heading.Sprint("Plans"), strings.Join(parts, " · "))
	}

	fmt.Fprintf(w, "\n%s  %d worked on, %d passed on time%s · %d in the last 7 days, %d in the last 30\n",
		heading.Sprint("Rounds"), st.Rounds, st.RoundsPassed, percentIn(st.PassRate), st.RoundsLast7Days, st.RoundsLast30Days)
	if st.PassRateLast14Days != nil {
		trend := ""
		if st.PassRatePrevious14Days != nil {
			trend = fmt.Sprintf(" against %s in the 14 before: %s", percent(*st.PassRatePrevious14Days), st.Trend)
		}
		fmt.Fprintf(w, "  on-time pass rate, last 14 days: %s%s\n", percent(*st.PassRateLast14Days), trend)
	}
	if st.RoundsLast30Days > 0 {
		fmt.Fprintln(w)
		renderCharts(w, st, width)
	}

	fmt.Fprintf(w, "\n%s %s\n", heading.Sprint("Readiness"), faint.Sprintf("the last %d mock rounds of each format, passed on time", progress.ReadinessWindow))
	for _, r := range st.Readiness {
		if r.Rounds == 0 {
			fmt.Fprintf(w, "  %-13s no mock yet: `judge mock --format %s`\n", r.Format, r.Format)
			continue
		}
		fmt.Fprintf(w, "  %-13s %d of the last %d (%s)\n", r.Format, r.Passed, r.Rounds, percent(*r.Share))
	}
}

// bar draws solved, then attempted, out of total in width cells.
func bar(solved, attempted, total, width int) string {
	if total == 0 {
		return strings.Repeat(" ", width)
	}
	s := int(math.Round(float64(solved*width) / float64(total)))
	a := int(math.Round(float64(attempted*width)/float64(total))) - s
	if solved > 0 && s == 0 {
		s = 1
	}
	a = max(0, min(a, width-s))
	return good.Sprint(strings.Repeat("█", s)) + color.YellowString(strings.Repeat("▒", a)) + faint.Sprint(strings.Repeat("·", width-s-a))
}

// renderCharts plots the rounds per day and the pass rate over the last
// 30 days, as wide as the terminal allows: each day takes the same number
// of columns, so that a day stays a step of its own.
func renderCharts(w io.Writer, st *progress.Stats, width int) {
	days := len(st.Days)
	per := min(2, (width-8)/days)
	if per < 1 {
		fmt.Fprintln(w, faint.Sprint("  (the charts need a terminal 40 columns wide; `judge stats --html FILE` draws them too)"))
		return
	}
	var rounds, rate []float64
	top := 1.0
	for _, d := range st.Days {
		r := math.NaN()
		if d.PassRate7Days != nil {
			r = 100 * *d.PassRate7Days
		}
		for range per {
			rounds = append(rounds, float64(d.Rounds))
			rate = append(rate, r)
		}
		top = max(top, float64(d.Rounds))
	}
	first, _ := time.Parse(time.DateOnly, st.Days[0].Date)
	dates := func(v float64) string {
		// v runs over the columns; the tick's day is the column's.
		return first.AddDate(0, 0, int(math.Round(v))/per).Format("Jan 2")
	}
	opts := func(caption string, c asciigraph.AnsiColor) []asciigraph.Option {
		o := []asciigraph.Option{asciigraph.LowerBound(0), asciigraph.Precision(0), asciigraph.Caption(caption),
			asciigraph.XAxisRange(0, float64(len(rounds)-1)), asciigraph.XAxisTickCount(4), asciigraph.XAxisValueFormatter(dates)}
		if !color.NoColor {
			o = append(o, asciigraph.SeriesColors(c))
		}
		return o
	}
	fmt.Fprintln(w, asciigraph.Plot(rounds, append(opts("rounds per day, last 30 days", asciigraph.Blue), asciigraph.Height(int(min(top, 6))))...))
	fmt.Fprintln(w)
	if !hasValue(rate) {
		return
	}
	fmt.Fprintln(w, asciigraph.Plot(rate, append(opts("on-time pass rate %, rounds of the last 7 days", asciigraph.Green), asciigraph.UpperBound(100), asciigraph.Height(5))...))
}

func hasValue(xs []float64) bool {
	for _, x := range xs {
		if !math.IsNaN(x) {
			return true
		}
	}
	return false
}

func percent(x float64) string { return fmt.Sprintf("%.0f%%", 100*x) }

func percentIn(x *float64) string {
	if x == nil {
		return ""
	}
	return " (" + percent(*x) + ")"
}

// termWidth is the width of the terminal w writes to: COLUMNS when set,
// else the terminal's own, else 80.
func termWidth(w io.Writer) int {
	if n, ok := envColumns(); ok {
		return n
	}
	if f, ok := w.(*os.File); ok {
		if n, ok := terminalColumns(f); ok {
			return n
		}
	}
	return 80
}

// envColumns is COLUMNS, when it holds a width.
func envColumns() (int, bool) {
	n, err := strconv.Atoi(os.Getenv("COLUMNS"))
	return n, err == nil && n > 0
}
