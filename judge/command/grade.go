package command

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/judgehq/judge/judge/design"
	"github.com/judgehq/judge/judge/session"
	"github.com/urfave/cli/v2"
)

var gradeCommand = &cli.Command{
	Name:      "grade",
	Usage:     "grade yourself on each rubric item of an ML design round you submitted",
	UsageText: "judge grade [--round N] [--json] [ITEM=GRADE...]",
	Description: `No program can tell offline whether a design answer is right: the review
only finds which rubric items your notes mention. The rest is yours to
judge, as the interviewer would, item by item:

   0  missed      not in the answer
   1  mentioned   named, not explained
   2  explained   explained how and why
   3  deep        explained with trade-offs, numbers or alternatives

   judge grade                           the items, what the notes show, your grades so far
   judge grade label-delay=2 negatives=0 grade two items (grade again to change one)

Grades are kept with the round in the history and in the loop's report.
The last judged design round is graded, of the session or else of the
history; --round N grades round N of a loop.`,
	Flags: []cli.Flag{
		&cli.IntFlag{Name: "round", Usage: "grade round `N` of the loop"},
		&cli.BoolFlag{Name: "json", Usage: "print the items and grades as JSON"},
	},
	Action: func(c *cli.Context) error {
		env, err := envOf(c)
		if err != nil {
			return err
		}
		return Grade(c.App.Writer, env, c.Int("round"), c.Args().Slice(), c.Bool("json"))
	},
}

// GradeJSON is `judge grade --json`.
type GradeJSON struct {
	Session string      `json:"session"`
	Round   int         `json:"round,omitempty"`
	Prompt  string      `json:"prompt"`
	Items   []GradeItem `json:"items"`
	// Graded of the items have a grade; SelfGrade is their sum, of
	// MaxGrade for them all.
	Graded    int `json:"graded"`
	SelfGrade int `json:"self_grade"`
	MaxGrade  int `json:"self_grade_max"`
}

// GradeItem is one rubric item, what the notes show and the grade given.
type GradeItem struct {
	ID        string `json:"id"`
	Section   string `json:"section"`
	What      string `json:"what"`
	Mentioned bool   `json:"mentioned"`
	Grade     *int   `json:"grade"`
}

// Grade shows or sets the self-grades of a judged design round.
func Grade(w io.Writer, env *Env, round int, args []string, asJSON bool) error {
	unlock, err := env.Store.Lock()
	if err != nil {
		return err
	}
	defer unlock()
	s, err := env.Store.Load()
	if err != nil {
		return err
	}
	history, err := env.Store.History()
	if err != nil {
		return err
	}
	if s != nil && round == 0 && s.KindOf() == session.KindDesign && s.Result == nil {
		return usageError("the design round is running: `judge submit` ends it, then grade it")
	}
	// The record to grade: a judged design round of the session, else the
	// history's last one.
	var r *session.Round
	num := 0
	if s != nil {
		for i, sr := range s.Rounds() {
			if sr.KindOf() == session.KindDesign && sr.Result != nil && sr.Result.Design != nil && (round == 0 || round == i+1) {
				r, num = sr, i+1
			}
		}
		if round > 0 && r == nil {
			return usageError("round %d of this session is not a judged ML design round", round)
		}
	} else if round > 0 {
		return usageError("--round needs a session: no session is kept now")
	}
	rec := -1
	for i := range history {
		h := &history[i]
		if h.Design == nil || h.Outcome != session.OutcomeJudged || h.Design.Review == nil {
			continue
		}
		if r == nil || h.Session == s.ID && (h.Round == num || !s.IsLoop() && h.Round == 0) {
			rec = i
		}
	}
	if r == nil && rec < 0 {
		return usageError("no judged ML design round to grade: `judge start --design` begins one, `judge submit` ends it")
	}
	var rev *design.Review
	var grades map[string]int
	if r != nil {
		rev, grades = r.Result.Design, r.Design.Grades
	} else {
		rev, grades = history[rec].Design.Review, history[rec].Design.Grades
	}
	if len(args) > 0 {
		set, err := parseGrades(args, rev)
		if err != nil {
			return err
		}
		if grades == nil {
			grades = map[string]int{}
		}
		for id, g := range set {
			grades[id] = g
		}
		// The history first: a later line of the round replaces the
		// earlier one.
		if rec >= 0 {
			h := history[rec]
			d := *h.Design
			d.Grades = grades
			h.Design = &d
			if err := env.Store.Append(h); err != nil {
				return err
			}
		}
		if r != nil {
			r.Design.Grades = grades
			if err := env.Store.Save(s); err != nil {
				return err
			}
		}
	}
	out := GradeJSON{Prompt: rev.Prompt, Round: num, MaxGrade: session.MaxGrade * rev.Total, Items: []GradeItem{}}
	if s != nil && r != nil {
		out.Session = s.ID
		if !s.IsLoop() {
			out.Round = 0
		}
	} else {
		out.Session = history[rec].Session
	}
	for _, it := range rev.Items {
		gi := GradeItem{ID: it.ID, Section: it.Section, What: it.What, Mentioned: it.Mentioned}
		if g, ok := grades[it.ID]; ok {
			gi.Grade = &g
			out.Graded++
			out.SelfGrade += g
		}
		out.Items = append(out.Items, gi)
	}
	if asJSON {
		return encodeJSON(w, out)
	}
	showGrades(w, out, len(args) > 0)
	return nil
}

// parseGrades reads ITEM=GRADE arguments against the review's items.
func parseGrades(args []string, rev *design.Review) (map[string]int, error) {
	var ids []string
	for _, it := range rev.Items {
		ids = append(ids, it.ID)
	}
	out := map[string]int{}
	for _, a := range args {
		id, v, ok := strings.Cut(a, "=")
		if !ok {
			return nil, usageError("%q: grade an item as ITEM=GRADE, e.g. %s=2", a, ids[0])
		}
		found := false
		for _, x := range ids {
			found = found || x == id
		}
		if !found {
			return nil, usageError("%s is not an item of %s's rubric%s; `judge grade` lists them", id, rev.Prompt, didYouMean(id, ids))
		}
		g, err := strconv.Atoi(v)
		if err != nil || g < 0 || g > session.MaxGrade {
			return nil, usageError("%s=%s: a grade is 0 (missed), 1 (mentioned), 2 (explained) or 3 (with trade-offs or numbers)", id, v)
		}
		out[id] = g
	}
	return out, nil
}

// showGrades writes the items, what the notes show and the grades, and
// where the two disagree.
func showGrades(w io.Writer, g GradeJSON, changed bool) {
	verb := "Grades"
	if changed {
		verb = "Graded"
	}
	fmt.Fprintf(w, "%s %s: %d of %d items graded, self-grade %d of %d\n", heading.Sprint(verb), g.Prompt, g.Graded, len(g.Items), g.SelfGrade, g.MaxGrade)
	width := 0
	for _, it := range g.Items {
		width = max(width, len(it.ID))
	}
	var generous, modest []string
	for _, it := range g.Items {
		notes := bad.Sprint("✗ not in the notes")
		if it.Mentioned {
			notes = good.Sprint("✓ in the notes    ")
		}
		grade := faint.Sprint("·  not graded")
		if it.Grade != nil {
			grade = fmt.Sprintf("%d  %s", *it.Grade, session.GradeNames[*it.Grade])
			if !it.Mentioned && *it.Grade >= 2 {
				generous = append(generous, it.ID)
			}
			if it.Mentioned && *it.Grade == 0 {
				modest = append(modest, it.ID)
			}
		}
		fmt.Fprintf(w, "  %-*s  %s  %-32s %s\n", width, it.ID, notes, grade, faint.Sprint(it.What))
	}
	sort.Strings(generous)
	if len(generous) > 0 {
		fmt.Fprintf(w, "%s\n", bad.Sprintf("Graded 2 or more though your notes never mention them: %s. Were they said, or only thought?", strings.Join(generous, ", ")))
	}
	if len(modest) > 0 {
		fmt.Fprintf(w, "%s\n", faint.Sprintf("Graded 0 though your notes mention them: %s (a mention without substance is a 1).", strings.Join(modest, ", ")))
	}
	if g.Graded < len(g.Items) {
		var todo []string
		for _, it := range g.Items {
			if it.Grade == nil {
				todo = append(todo, it.ID+"=")
			}
		}
		fmt.Fprintf(w, "%s\n", faint.Sprintf("To grade: judge grade %s  (0 missed, 1 mentioned, 2 explained, 3 with trade-offs or numbers)", strings.Join(todo, "N ")+"N"))
	}
}
