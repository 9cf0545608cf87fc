package command

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/judgehq/judge/judge/behavioral"
	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/judge/progress"
	"github.com/judgehq/judge/judge/session"
	"github.com/urfave/cli/v2"
)

var listCommand = &cli.Command{
	Name:      "list",
	Usage:     "list the problem bank by topic or by plan (or the ML design prompts, or the behavioral questions)",
	UsageText: "judge list [--topic T] [--difficulty D] [--status S] [--plan NAME] [--json]\n   judge list --kind ml-design|behavioral [--json]",
	Description: `Without --plan, problems are grouped by topic in the preparation plan's
order, a problem under each of its topics. With --plan NAME (learn,
roadmap, company, design: see ` + "`judge plan`" + `), the plan's problems in its
order, grouped by its sections. A problem is solved once accepted in a
round finished on time, or by a fix judged outside a round; attempted
when tried and not solved. --kind ml-design or behavioral lists the design
prompts or the behavioral questions instead.`,
	Flags: []cli.Flag{
		&cli.StringFlag{Name: "topic", Usage: "only problems of topic `T` (" + strings.Join(problem.Topics, ", ") + "; or dp, graphs, bst, tree, strings, ll…)"},
		&cli.StringFlag{Name: "difficulty", Usage: "only problems of difficulty `D` (easy, medium, hard)"},
		&cli.StringFlag{Name: "status", Usage: "only problems of status `S` in your history (solved, attempted, new)"},
		&cli.StringFlag{Name: "plan", Usage: "list plan `NAME` in its order, by its sections"},
		&cli.StringFlag{Name: "kind", Usage: "list the rounds of `KIND`: coding (the problems), ml-design (the prompts) or behavioral (the questions)", Value: "coding"},
		&cli.BoolFlag{Name: "json", Usage: "print a JSON array"},
	},
	Action: func(c *cli.Context) error {
		if kind := c.String("kind"); kind != string(session.KindCoding) {
			for _, f := range []string{"topic", "difficulty", "status", "plan"} {
				if c.IsSet(f) {
					return usageError("--%s filters the coding problems, not --kind %s", f, kind)
				}
			}
			env, err := envOf(c)
			if err != nil {
				return err
			}
			records, err := env.Store.History()
			if err != nil {
				return err
			}
			return ListRounds(c.App.Writer, session.Kind(kind), records, c.Bool("json"))
		}
		b, err := bankOf(c)
		if err != nil {
			return err
		}
		env, err := envOf(c)
		if err != nil {
			return err
		}
		records, err := env.Store.History()
		if err != nil {
			return err
		}
		o := ListOptions{Topic: c.String("topic"), Difficulty: c.String("difficulty"), Status: c.String("status"), Statuses: progress.Statuses(records), JSON: c.Bool("json")}
		if name := c.String("plan"); name != "" {
			plans, err := resolvePlans(b.All())
			if err != nil {
				return err
			}
			p, err := findPlan(plans, name)
			if err != nil {
				return err
			}
			o.Plan = &p
		}
		return List(c.App.Writer, b, o)
	},
}

// ListOptions filter and format a listing.
type ListOptions struct {
	Topic, Difficulty string
	// Status keeps the problems of one status: solved, attempted or new.
	Status string
	// Statuses are the problems of the history by slug (progress.Statuses);
	// the others are new.
	Statuses map[string]string
	// Plan, when set, lists its problems in its order, by its sections.
	Plan *problem.Plan
	JSON bool
}

// statuses are the values of --status.
var statuses = []string{session.StatusSolved, session.StatusAttempted, session.StatusNew}

func (o *ListOptions) status(slug string) string {
	if s := o.Statuses[slug]; s != "" {
		return s
	}
	return session.StatusNew
}

// ListEntry is one problem in `judge list --json`.
type ListEntry struct {
	Slug       string   `json:"slug"`
	Title      string   `json:"title"`
	Difficulty string   `json:"difficulty"`
	Topics     []string `json:"topics"`
	// Status is solved, attempted or new, from the history.
	Status string `json:"status"`
	// Section is the problem's section in the plan of --plan.
	Section string `json:"section,omitempty"`
}

// List writes the bank's problems that pass the filters.
func List(w io.Writer, b *Bank, o ListOptions) error {
	topic, ok := problem.Topic(o.Topic)
	if o.Topic != "" && !ok {
		return usageError("unknown topic %q%s; topics: %s", o.Topic, didYouMean(o.Topic, problem.Topics), strings.Join(problem.Topics, ", "))
	}
	if o.Difficulty != "" && !contains(problem.Difficulties, o.Difficulty) {
		return usageError("unknown difficulty %q; want easy, medium or hard", o.Difficulty)
	}
	if o.Status != "" && !contains(statuses, o.Status) {
		return usageError("unknown status %q%s; want solved, attempted or new", o.Status, didYouMean(o.Status, statuses))
	}
	all := b.All()
	if o.Plan != nil {
		all = inPlanOrder(all, *o.Plan)
	}
	var ps []*problem.Problem
	for _, p := range all {
		if (topic == "" || p.HasTopic(topic)) && (o.Difficulty == "" || p.Difficulty == o.Difficulty) && (o.Status == "" || o.status(p.Slug) == o.Status) {
			ps = append(ps, p)
		}
	}
	if o.JSON {
		out := make([]ListEntry, 0, len(ps))
		for _, p := range ps {
			e := ListEntry{Slug: p.Slug, Title: p.Title, Difficulty: p.Difficulty, Topics: p.Topics, Status: o.status(p.Slug)}
			if o.Plan != nil {
				e.Section = o.Plan.SectionOf(p.Slug)
			}
			out = append(out, e)
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false) // "Arrays & hashing" as written
		return enc.Encode(out)
	}
	if len(ps) == 0 {
		fmt.Fprintln(w, "no problems match")
		return nil
	}
	if o.Plan != nil {
		listPlan(w, ps, *o.Plan, &o)
		return nil
	}
	// A problem shows under each of its topics, in the preparation plan's
	// order: someone practising graphs finds every graph problem there.
	for _, t := range problem.Topics {
		if topic != "" && t != topic {
			continue
		}
		var group []*problem.Problem
		for _, p := range ps {
			if p.HasTopic(t) {
				group = append(group, p)
			}
		}
		if len(group) == 0 {
			continue
		}
		fmt.Fprintln(w, heading.Sprint(t))
		for _, p := range group {
			listLine(w, p, &o)
		}
	}
	fmt.Fprintf(w, "\n%d problems. `judge show SLUG` to read one.\n", len(ps))
	return nil
}

// listLine writes one problem of a listing.
func listLine(w io.Writer, p *problem.Problem, o *ListOptions) {
	// New problems carry no mark, so the column stays quiet until the
	// history fills.
	mark := ""
	switch o.status(p.Slug) {
	case session.StatusSolved:
		mark = "  " + good.Sprint("✓ solved")
	case session.StatusAttempted:
		mark = "  " + faint.Sprint("· attempted")
	}
	fmt.Fprintf(w, "  %-58s %-7s %s%s\n", p.Slug, difficultyColor(p.Difficulty), p.Title, mark)
}

// listPlan writes ps, which are in plan's order, under its sections, each
// with how many of its problems are solved.
func listPlan(w io.Writer, ps []*problem.Problem, plan problem.Plan, o *ListOptions) {
	fmt.Fprintf(w, "%s %s\n\n", heading.Sprint(plan.Name), faint.Sprint(plan.Title))
	solved, total := 0, 0
	for _, sec := range plan.Sections {
		var group []*problem.Problem
		for _, p := range ps {
			if plan.SectionOf(p.Slug) == sec.Name {
				group = append(group, p)
			}
		}
		n := 0
		for _, slug := range sec.Problems {
			if o.status(slug) == session.StatusSolved {
				n++
			}
		}
		solved, total = solved+n, total+len(sec.Problems)
		if len(group) == 0 {
			continue
		}
		fmt.Fprintf(w, "%s %s\n", heading.Sprint(sec.Name), faint.Sprintf("%d/%d solved", n, len(sec.Problems)))
		for _, p := range group {
			listLine(w, p, o)
		}
	}
	fmt.Fprintf(w, "\n%d problems listed; %d of the plan's %d solved. `judge next` says what to practise now.\n", len(ps), solved, total)
}

// inPlanOrder is the problems of ps in plan, in its order.
func inPlanOrder(ps []*problem.Problem, plan problem.Plan) []*problem.Problem {
	bySlug := make(map[string]*problem.Problem, len(ps))
	for _, p := range ps {
		bySlug[p.Slug] = p
	}
	var out []*problem.Problem
	for _, slug := range plan.Slugs() {
		if p := bySlug[slug]; p != nil {
			out = append(out, p)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func didYouMean(s string, choices []string) string {
	if near := problem.Nearest(s, choices, 1); len(near) > 0 {
		return fmt.Sprintf(" (did you mean %q?)", near[0])
	}
	return ""
}

// DesignEntry is one prompt in `judge list --kind ml-design --json`.
type DesignEntry struct {
	Slug  string   `json:"slug"`
	Title string   `json:"title"`
	Tags  []string `json:"tags"`
	// Items is the size of its rubric.
	Items int `json:"rubric_items"`
	// Status is practised (a judged round in the history) or new.
	Status string `json:"status"`
}

// QuestionEntry is one question in `judge list --kind behavioral --json`.
type QuestionEntry struct {
	ID       string `json:"id"`
	Category string `json:"category"`
	Text     string `json:"text"`
	// Asked is how many judged rounds asked it.
	Asked int `json:"asked"`
}

// ListRounds lists the design prompts or the behavioral questions.
func ListRounds(w io.Writer, kind session.Kind, records []session.Record, asJSON bool) error {
	if kind != session.KindDesign && kind != session.KindBehavioral {
		return usageError("unknown kind %q; kinds: coding, ml-design, behavioral", kind)
	}
	rb, err := loadRoundBank()
	if err != nil {
		return err
	}
	practised, asked := map[string]int{}, map[string]int{}
	for _, r := range records {
		if r.Outcome != session.OutcomeJudged {
			continue
		}
		if r.Design != nil {
			practised[r.Design.Slug]++
		}
		if r.Behavioral != nil {
			for _, q := range r.Behavioral.Questions {
				asked[q.ID]++
			}
		}
	}
	if kind == session.KindDesign {
		out := []DesignEntry{}
		for _, p := range rb.prompts {
			st := "new"
			if practised[p.Slug] > 0 {
				st = "practised"
			}
			tags := p.Tags
			if tags == nil {
				tags = []string{}
			}
			out = append(out, DesignEntry{p.Slug, p.Title, tags, len(p.Rubric), st})
		}
		if asJSON {
			return encodeJSON(w, out)
		}
		fmt.Fprintln(w, heading.Sprint("ML system design prompts"))
		for _, e := range out {
			mark := ""
			if n := practised[e.Slug]; n > 0 {
				mark = "  " + good.Sprintf("✓ practised ×%d", n)
			}
			fmt.Fprintf(w, "  %-34s %-36s %s%s\n", e.Slug, e.Title, faint.Sprint(strings.Join(e.Tags, ", ")), mark)
		}
		fmt.Fprintf(w, "\n%d prompts. `judge show SLUG` to read one; `judge start --design SLUG` for a 45-minute round.\n", len(out))
		return nil
	}
	out := []QuestionEntry{}
	for _, q := range rb.questions {
		out = append(out, QuestionEntry{q.ID, q.Category, q.Text, asked[q.ID]})
	}
	if asJSON {
		return encodeJSON(w, out)
	}
	for _, c := range behavioral.Categories {
		fmt.Fprintf(w, "%s  %s\n", heading.Sprint(c.Title), faint.Sprint(c.About))
		for _, e := range out {
			if e.Category != c.ID {
				continue
			}
			mark := ""
			if e.Asked > 0 {
				mark = "  " + good.Sprintf("✓ asked ×%d", e.Asked)
			}
			fmt.Fprintf(w, "  %s%s\n    %s\n", e.ID, mark, faint.Sprint(indentAfterFirst(wrap(e.Text, 74), "    ")))
		}
	}
	fmt.Fprintf(w, "\n%d questions. `judge start --behavioral ID...` answers them on the clock; `judge stories` shows your story bank.\n", len(out))
	return nil
}
