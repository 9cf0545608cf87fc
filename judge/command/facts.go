package command

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/judgehq/judge/judge/design"
	"github.com/judgehq/judge/judge/session"
	"github.com/urfave/cli/v2"
)

var factsCommand = &cli.Command{
	Name:      "facts",
	Usage:     "ask the interviewer a clarifying question in an ML design round",
	UsageText: "judge facts [--json] QUESTION...",
	Description: `In an ML design round the interviewer holds facts the prompt leaves out:
the scale, the traffic, the latency budget, what data exists, the goal
behind the goal. Ask as you would in the room, in a word or a sentence:

   judge facts users
   judge facts what is the latency budget

The answer comes from the prompt's facts; a question no fact answers gets
what an interviewer says then: make an assumption and state it. Every
question is noted with its time, and the review lists what you asked and
what you did not. Without a question, lists the answers you got so far
(and, once the round is judged, every fact the interviewer had).`,
	Flags: []cli.Flag{
		&cli.BoolFlag{Name: "json", Usage: "print the answer as JSON"},
	},
	Action: func(c *cli.Context) error {
		env, err := envOf(c)
		if err != nil {
			return err
		}
		return Facts(c.App.Writer, env, strings.Join(c.Args().Slice(), " "), c.Bool("json"))
	},
}

// FactsJSON is `judge facts --json`: the answer to a question, or with no
// question the questions asked so far.
type FactsJSON struct {
	Question string `json:"question,omitempty"`
	// Facts answer the question; empty when none does.
	Facts []design.Fact `json:"facts"`
	// Asked are the round's questions so far, this one included.
	Asked []session.Ask `json:"asked"`
	// All are every fact, once the round is judged.
	All   []design.Fact `json:"all_facts,omitempty"`
	Phase session.Phase `json:"phase"`
}

// Facts answers a clarifying question in the running design round, and
// notes it while the round is not judged.
func Facts(w io.Writer, env *Env, question string, asJSON bool) error {
	unlock, err := env.Store.Lock()
	if err != nil {
		return err
	}
	defer unlock()
	s, err := env.Store.Load()
	if err != nil {
		return err
	}
	if s == nil || s.KindOf() != session.KindDesign {
		return usageError("no ML design round is running: `judge start --design SLUG` begins one (`judge list --kind ml-design` lists the prompts)")
	}
	rb, err := loadRoundBank()
	if err != nil {
		return err
	}
	p, err := rb.prompt(s.Design.Slug)
	if err != nil {
		return err
	}
	now := env.Now()
	phase := s.PhaseAt(now)
	out := FactsJSON{Question: strings.TrimSpace(question), Facts: []design.Fact{}, Asked: s.Design.Asked, Phase: phase}
	if phase == session.Judged {
		out.All = p.Facts
	}
	if out.Question == "" {
		if out.Asked == nil {
			out.Asked = []session.Ask{}
		}
		if asJSON {
			return encodeJSON(w, out)
		}
		showAsked(w, p, s, phase)
		return nil
	}
	if len(design.QuestionWords(out.Question)) == 0 {
		return usageError("ask about something: a word such as users, latency, data or goal (%q is only small words)", out.Question)
	}
	out.Facts = append(out.Facts, p.Answer(out.Question)...)
	if phase != session.Judged {
		ask := session.Ask{Seconds: int(now.Sub(s.Started) / time.Second), Question: out.Question, Topics: []string{}}
		for _, f := range out.Facts {
			ask.Topics = append(ask.Topics, f.Topic)
		}
		s.Design.Asked = append(s.Design.Asked, ask)
		if err := env.Store.Save(s); err != nil {
			return err
		}
		out.Asked = s.Design.Asked
	}
	if asJSON {
		return encodeJSON(w, out)
	}
	if len(out.Facts) == 0 {
		fmt.Fprintf(w, "%s I have nothing specific on that: make a reasonable assumption, say it, and write it down.\n", heading.Sprint("Interviewer:"))
	}
	for _, f := range out.Facts {
		fmt.Fprintf(w, "%s %s\n", heading.Sprintf("Interviewer (%s):", f.Topic), f.Answer)
	}
	if phase == session.Notepad {
		fmt.Fprintln(w, faint.Sprintf("Noted at %s into the round. Write what you learn under \"Clarify requirements\".", session.Elapsed(now.Sub(s.Started))))
	}
	return nil
}

// showAsked lists the questions asked so far and their answers; once the
// round is judged, every fact.
func showAsked(w io.Writer, p *design.Prompt, s *session.Session, phase session.Phase) {
	if len(s.Design.Asked) == 0 {
		fmt.Fprintf(w, "No clarifying question asked yet. Ask as you would ask the interviewer: `judge facts users`, `judge facts what is the latency budget`. The interviewer has %d facts on %s.\n", len(p.Facts), p.Title)
	} else {
		fmt.Fprintln(w, heading.Sprint("Asked so far:"))
	}
	byTopic := map[string]string{}
	for _, f := range p.Facts {
		byTopic[f.Topic] = f.Answer
	}
	for _, a := range s.Design.Asked {
		fmt.Fprintf(w, "  %s %q\n", faint.Sprint(session.Elapsed(time.Duration(a.Seconds)*time.Second)), a.Question)
		if len(a.Topics) == 0 {
			fmt.Fprintf(w, "      %s\n", faint.Sprint("no fact: an assumption of yours"))
		}
		for _, t := range a.Topics {
			fmt.Fprintf(w, "      %s %s\n", faint.Sprint(t+":"), byTopic[t])
		}
	}
	if phase == session.Judged {
		fmt.Fprintln(w, heading.Sprint("\nEvery fact the interviewer had:"))
		for _, f := range p.Facts {
			fmt.Fprintf(w, "  %s %s\n", faint.Sprint(f.Topic+":"), f.Answer)
		}
	}
}

func encodeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
