package session

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/judgehq/judge/judge/behavioral"
	"github.com/judgehq/judge/judge/design"
	"github.com/judgehq/judge/judge/problem"
)

// Block is one part of an interview as it runs: a round on its own clock,
// or a part without one (introductions, the candidate's questions).
type Block struct {
	Name    string
	Minutes int
	What    string
	// Round is the kind of round the block is; empty for a part without a
	// clock.
	Round Kind
	// Levels limit the block to these levels; empty: every level.
	Levels []string
}

// For reports whether the block is part of the interview at level.
func (b Block) For(level string) bool {
	return len(b.Levels) == 0 || slices.Contains(b.Levels, level)
}

// Levels are the candidate's levels a loop is dealt for.
var Levels = []string{"e4", "e5", "e6"}

// Format is a kind of interview: a phone screen, a loop.
type Format struct {
	Name  string
	Title string
	// Levels the format is for; the first is the default.
	Levels []string
	// Shapes are the problem sets a coding round may have, by difficulty;
	// the pick chooses one of them for each coding round.
	Shapes   [][]string
	Schedule []Block
}

// Blocks is the schedule at level.
func (f *Format) Blocks(level string) []Block {
	var out []Block
	for _, b := range f.Schedule {
		if b.For(level) {
			out = append(out, b)
		}
	}
	return out
}

// Level checks level for the format; empty is the format's default.
func (f *Format) Level(level string) (string, error) {
	if level == "" {
		return f.Levels[0], nil
	}
	level = strings.ToLower(level)
	if !slices.Contains(Levels, level) {
		return "", fmt.Errorf("unknown level %q; levels: %s", level, strings.Join(Levels, ", "))
	}
	if !slices.Contains(f.Levels, level) {
		for _, g := range Formats {
			if slices.Contains(g.Levels, level) && g.Name != "onsite" {
				return "", fmt.Errorf("the %s format is for %s; at %s the phone screen is --format %s", f.Name, levelList(f.Levels), level, g.Name)
			}
		}
		return "", fmt.Errorf("the %s format is for %s", f.Name, levelList(f.Levels))
	}
	return level, nil
}

func levelList(levels []string) string {
	ls := slices.Sorted(slices.Values(levels))
	if len(ls) == 1 {
		return "level " + ls[0]
	}
	return "levels " + strings.Join(ls[:len(ls)-1], ", ") + " and " + ls[len(ls)-1]
}

// Coding is the clock of the format's first coding round.
func (f *Format) Coding() time.Duration {
	for _, b := range f.Schedule {
		if b.Round == KindCoding {
			return time.Duration(b.Minutes) * time.Minute
		}
	}
	return 0
}

// Formats are the mock interviews, as DESIGN.md's table describes them.
var Formats = []*Format{
	{
		Name:   "phone",
		Title:  "phone screen",
		Levels: []string{"e5", "e4"},
		Shapes: [][]string{{"easy", "medium"}},
		Schedule: []Block{
			{Name: "intro", Minutes: 5, What: "introductions; the interviewer explains the round"},
			{Name: "coding", Minutes: 35, What: "two problems, one clock, one notepad", Round: KindCoding},
			{Name: "questions", Minutes: 5, What: "your questions to the interviewer"},
		},
	},
	{
		Name:   "phone-senior",
		Title:  "senior phone screen",
		Levels: []string{"e6"},
		Shapes: [][]string{{"medium"}, {"easy", "medium"}},
		Schedule: []Block{
			{Name: "intro", Minutes: 2, What: "introductions"},
			{Name: "coding", Minutes: 25, What: "one or two problems, one clock, one notepad", Round: KindCoding},
			{Name: "behavioral", Minutes: 15, What: "three behavioral questions: STAR answers, 5 minutes each", Round: KindBehavioral},
			{Name: "questions", Minutes: 3, What: "your questions to the interviewer"},
		},
	},
	{
		Name:   "onsite",
		Title:  "onsite loop",
		Levels: []string{"e5", "e4", "e6"},
		Shapes: [][]string{{"medium", "medium"}},
		Schedule: []Block{
			{Name: "coding", Minutes: 35, What: "two medium problems, one clock, one notepad", Round: KindCoding},
			{Name: "coding", Minutes: 35, What: "two more medium problems", Round: KindCoding},
			{Name: "ml-design", Minutes: 45, What: "an ML system design prompt, the structured approach's seven sections", Round: KindDesign},
			{Name: "ml-design", Minutes: 45, What: "a second ML design prompt (senior level)", Round: KindDesign, Levels: []string{"e6"}},
			{Name: "behavioral", Minutes: 45, What: "nine behavioral questions: STAR answers, 5 minutes each", Round: KindBehavioral},
		},
	},
}

// FindFormat returns the format called name.
func FindFormat(name string) (*Format, error) {
	var names []string
	for _, f := range Formats {
		if f.Name == name {
			return f, nil
		}
		names = append(names, f.Name)
	}
	return nil, fmt.Errorf("unknown format %q; formats: %s", name, strings.Join(names, ", "))
}

// Recently is how long a solved problem, or a design prompt practised,
// stays out of favour for mocks.
const Recently = 30 * 24 * time.Hour

// Pick is a mock's draw: its rounds, in order.
type Pick struct {
	// Problems are the first coding round's.
	Problems []*problem.Problem
	Rounds   []RoundPick
}

// RoundPick is one round of a mock's draw.
type RoundPick struct {
	Kind    Kind
	Minutes int
	// Problems are a coding round's; Prompt a design round's; Questions
	// a behavioral round's.
	Problems  []*problem.Problem
	Prompt    *design.Prompt
	Questions []*behavioral.Question
}

// Bank is what a loop is dealt from: problems, design prompts, behavioral
// questions, and how many stories the candidate has per category.
type Bank struct {
	Problems  []*problem.Problem
	Prompts   []*design.Prompt
	Questions []*behavioral.Question
	Stories   map[string]int
	// Favour multiplies each problem's weight (nil: 1): the review
	// schedule's way to bring problems due for review back into mocks.
	Favour func(slug string) float64
}

// PickMock chooses the problems of the coding rounds of format f at its
// default level from bank (see PickLoop).
func PickMock(f *Format, bank []*problem.Problem, history []Record, seed int64, now time.Time) (*Pick, error) {
	return PickMockFavouring(f, bank, history, seed, now, nil)
}

// PickMockFavouring is PickMock with each problem's weight multiplied by
// favour(slug) (nil: 1).
func PickMockFavouring(f *Format, bank []*problem.Problem, history []Record, seed int64, now time.Time, favour func(slug string) float64) (*Pick, error) {
	return pick(f, f.Levels[0], Bank{Problems: bank, Favour: favour}, history, seed, now, false)
}

// PickLoop chooses every round of format f at level. Problems come from
// different topics within a round and never repeat in a loop; those solved
// recently are mostly left out, and weak topics (from the history) are
// preferred. A design prompt practised recently is mostly left out.
// Behavioral questions come from the categories with the fewest stories,
// a question not asked before first. The same seed, history, bank and day
// always give the same pick.
func PickLoop(f *Format, level string, bank Bank, history []Record, seed int64, now time.Time) (*Pick, error) {
	return pick(f, level, bank, history, seed, now, true)
}

func pick(f *Format, level string, bank Bank, history []Record, seed int64, now time.Time, all bool) (*Pick, error) {
	rng := rand.New(rand.NewPCG(uint64(seed), 0x6a75646765))
	out := &Pick{}
	var taken []*problem.Problem
	var prompts []*design.Prompt
	for _, b := range f.Blocks(level) {
		switch {
		case b.Round == KindCoding:
			ps, err := pickCoding(rng, f, bank.Problems, history, taken, now, bank.Favour)
			if err != nil {
				return nil, err
			}
			taken = append(taken, ps...)
			if out.Problems == nil {
				out.Problems = ps
			}
			out.Rounds = append(out.Rounds, RoundPick{Kind: KindCoding, Minutes: b.Minutes, Problems: ps})
		case b.Round == KindDesign && all:
			p, err := pickPrompt(rng, bank.Prompts, history, prompts, now)
			if err != nil {
				return nil, err
			}
			prompts = append(prompts, p)
			out.Rounds = append(out.Rounds, RoundPick{Kind: KindDesign, Minutes: b.Minutes, Prompt: p})
		case b.Round == KindBehavioral && all:
			n := max(b.Minutes/behavioral.MinutesPerQuestion, 1)
			qs := behavioral.Deal(bank.Questions, bank.Stories, Asked(history), n, int64(rng.Uint64()>>1))
			if len(qs) == 0 {
				return nil, fmt.Errorf("the bank has no behavioral question")
			}
			out.Rounds = append(out.Rounds, RoundPick{Kind: KindBehavioral, Minutes: b.Minutes, Questions: qs})
		}
	}
	return out, nil
}

// pickCoding chooses one coding round's problems: a shape of f, each
// problem of another topic, none of taken.
func pickCoding(rng *rand.Rand, f *Format, bank []*problem.Problem, history []Record, taken []*problem.Problem, now time.Time, favour func(string) float64) ([]*problem.Problem, error) {
	shape := f.Shapes[rng.IntN(len(f.Shapes))]

	ps := append([]*problem.Problem(nil), bank...)
	sort.Slice(ps, func(i, j int) bool { return ps[i].Slug < ps[j].Slug })
	weakness := map[string]float64{}
	for _, t := range Topics(history) {
		weakness[t.Topic] = t.Weakness()
	}
	solved := map[string]time.Time{}
	for i := range history {
		r := &history[i]
		for _, a := range r.Attempts {
			if r.Solved(a) && r.Ended.After(solved[a.Slug]) {
				solved[a.Slug] = r.Ended
			}
		}
	}
	weight := func(p *problem.Problem) float64 {
		w := 0.0
		for _, t := range p.Topics {
			ws, ok := weakness[t]
			if !ok {
				ws = 0.5
			}
			w = max(w, ws)
		}
		w += 0.25 // a topic the user always solves still comes up
		if at, ok := solved[p.Slug]; ok && now.Sub(at) < Recently {
			w *= 0.05
		}
		if favour != nil {
			w *= favour(p.Slug)
		}
		return w
	}

	var picked []*problem.Problem
	for _, difficulty := range shape {
		var disjoint, otherFirst []*problem.Problem
		for _, p := range ps {
			if p.Difficulty != difficulty || chosen(picked, p.Slug) || chosen(taken, p.Slug) {
				continue
			}
			if !sharesTopic(picked, p) {
				disjoint = append(disjoint, p)
			}
			if !sharesFirstTopic(picked, p) {
				otherFirst = append(otherFirst, p)
			}
		}
		cands := disjoint
		if len(cands) == 0 {
			cands = otherFirst
		}
		if len(cands) == 0 {
			need := fmt.Sprintf("the %s format needs %s from different topics", f.Name, strings.Join(shape, " + "))
			if len(taken) > 0 {
				need += " in each coding round, and new problems in each"
			}
			if len(picked) == 0 {
				return nil, fmt.Errorf("the bank has no %s problem%s; %s", difficulty, notAlready(taken), need)
			}
			return nil, fmt.Errorf("the bank has no other %s problem outside the topics of %s; %s", difficulty, strings.Join(slugsOf(picked), ", "), need)
		}
		picked = append(picked, weighted(rng, cands, weight))
	}
	return picked, nil
}

func notAlready(taken []*problem.Problem) string {
	if len(taken) == 0 {
		return ""
	}
	return " left after " + strings.Join(slugsOf(taken), ", ")
}

// ChoosePrompt chooses a design prompt as a mock does: one practised
// recently seldom.
func ChoosePrompt(prompts []*design.Prompt, history []Record, seed int64, now time.Time) (*design.Prompt, error) {
	return pickPrompt(rand.New(rand.NewPCG(uint64(seed), 0x64657369676e)), prompts, history, nil, now)
}

// pickPrompt chooses a design prompt not in taken, one practised recently
// seldom.
func pickPrompt(rng *rand.Rand, prompts []*design.Prompt, history []Record, taken []*design.Prompt, now time.Time) (*design.Prompt, error) {
	done := map[string]time.Time{}
	for _, r := range history {
		if r.Design != nil && r.Ended.After(done[r.Design.Slug]) {
			done[r.Design.Slug] = r.Ended
		}
	}
	var cands []*design.Prompt
	var ws []float64
	total := 0.0
	ps := append([]*design.Prompt(nil), prompts...)
	sort.Slice(ps, func(i, j int) bool { return ps[i].Slug < ps[j].Slug })
	for _, p := range ps {
		if slices.Contains(taken, p) {
			continue
		}
		w := 1.0
		if at, ok := done[p.Slug]; ok && now.Sub(at) < Recently {
			w = 0.05
		}
		cands, ws, total = append(cands, p), append(ws, w), total+w
	}
	if len(cands) == 0 {
		return nil, fmt.Errorf("the bank has no ML design prompt left for this loop (%d in all)", len(prompts))
	}
	x := rng.Float64() * total
	for i, w := range ws {
		if x < w {
			return cands[i], nil
		}
		x -= w
	}
	return cands[len(cands)-1], nil
}

// Asked is when each behavioral question was last answered in a round of
// the history.
func Asked(history []Record) map[string]time.Time {
	out := map[string]time.Time{}
	for _, r := range history {
		if r.Behavioral == nil {
			continue
		}
		for _, q := range r.Behavioral.Questions {
			if r.Ended.After(out[q.ID]) {
				out[q.ID] = r.Ended
			}
		}
	}
	return out
}

func weighted(rng *rand.Rand, ps []*problem.Problem, weight func(*problem.Problem) float64) *problem.Problem {
	total := 0.0
	ws := make([]float64, len(ps))
	for i, p := range ps {
		ws[i] = weight(p)
		total += ws[i]
	}
	x := rng.Float64() * total
	for i, w := range ws {
		if x < w {
			return ps[i]
		}
		x -= w
	}
	return ps[len(ps)-1]
}

func chosen(ps []*problem.Problem, slug string) bool {
	for _, p := range ps {
		if p.Slug == slug {
			return true
		}
	}
	return false
}

func sharesTopic(ps []*problem.Problem, q *problem.Problem) bool {
	for _, p := range ps {
		for _, t := range q.Topics {
			if p.HasTopic(t) {
				return true
			}
		}
	}
	return false
}

func sharesFirstTopic(ps []*problem.Problem, q *problem.Problem) bool {
	for _, p := range ps {
		if len(p.Topics) > 0 && len(q.Topics) > 0 && p.Topics[0] == q.Topics[0] {
			return true
		}
	}
	return false
}

func slugsOf(ps []*problem.Problem) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Slug
	}
	return out
}
