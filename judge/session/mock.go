package session

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"time"

	"github.com/judgehq/judge/judge/problem"
)

// Block is one part of an interview round as it runs.
type Block struct {
	Name    string
	Minutes int
	What    string
	// Coding marks the block the session's clock covers.
	Coding bool
}

// Format is a kind of interview round.
type Format struct {
	Name  string
	Title string
	// Shapes are the problem sets the round may have, by difficulty; the
	// pick chooses one of them.
	Shapes   [][]string
	Schedule []Block
}

// Coding is the clock of the format's coding part.
func (f *Format) Coding() time.Duration {
	for _, b := range f.Schedule {
		if b.Coding {
			return time.Duration(b.Minutes) * time.Minute
		}
	}
	return 0
}

// Formats are the mock rounds, as DESIGN.md's table describes them.
var Formats = []*Format{
	{
		Name:   "phone",
		Title:  "phone screen",
		Shapes: [][]string{{"easy", "medium"}},
		Schedule: []Block{
			{Name: "intro", Minutes: 5, What: "introductions; the interviewer explains the round"},
			{Name: "coding", Minutes: 35, What: "two problems, one clock, one notepad", Coding: true},
			{Name: "questions", Minutes: 5, What: "your questions to the interviewer"},
		},
	},
	{
		Name:   "phone-senior",
		Title:  "senior phone screen",
		Shapes: [][]string{{"medium"}, {"easy", "medium"}},
		Schedule: []Block{
			{Name: "intro", Minutes: 2, What: "introductions"},
			{Name: "coding", Minutes: 25, What: "one or two problems, one clock, one notepad", Coding: true},
			{Name: "behavioral", Minutes: 15, What: "a behavioral question: answer with situation, task, action, result"},
			{Name: "questions", Minutes: 3, What: "your questions to the interviewer"},
		},
	},
	{
		Name:   "onsite",
		Title:  "onsite coding round",
		Shapes: [][]string{{"medium", "medium"}},
		Schedule: []Block{
			{Name: "intro", Minutes: 5, What: "introductions; the interviewer explains the round"},
			{Name: "coding", Minutes: 35, What: "two problems, one clock, one notepad", Coding: true},
			{Name: "questions", Minutes: 5, What: "your questions to the interviewer"},
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

// Behavioral prompts follow the coding part of the formats that have one.
var Behavioral = []string{
	"Tell me about a time you disagreed with a teammate on a technical decision. What did you do, and how did it end?",
	"Describe a project that did not go as planned. What went wrong, what did you change, and what did you learn?",
	"Tell me about the hardest bug you have tracked down. How did you find it, and how did you stop it from coming back?",
	"Describe a time you had to deliver with an unclear or changing goal. How did you decide what to build?",
	"Tell me about a time you helped someone on your team grow. What did you do, and what was the result?",
	"Describe a decision you made with incomplete data. How did you weigh the risk, and would you decide the same today?",
}

// Recently is how long a solved problem stays out of favour for mocks.
const Recently = 30 * 24 * time.Hour

// Pick is a mock round's draw.
type Pick struct {
	Problems   []*problem.Problem
	Behavioral string // set when the format has a behavioral block
}

// PickMock chooses a round of format f from bank. Problems come from
// different topics; those solved recently are mostly left out, and weak
// topics (from the history) are preferred. The same seed, history, bank and
// day always give the same pick.
func PickMock(f *Format, bank []*problem.Problem, history []Record, seed int64, now time.Time) (*Pick, error) {
	return PickMockFavouring(f, bank, history, seed, now, nil)
}

// PickMockFavouring is PickMock with each problem's weight multiplied by
// favour(slug) (nil: 1): the review schedule's way to bring problems due
// for review back into mocks.
func PickMockFavouring(f *Format, bank []*problem.Problem, history []Record, seed int64, now time.Time, favour func(slug string) float64) (*Pick, error) {
	rng := rand.New(rand.NewPCG(uint64(seed), 0x6a75646765))
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

	pick := &Pick{}
	for _, difficulty := range shape {
		var disjoint, otherFirst []*problem.Problem
		for _, p := range ps {
			if p.Difficulty != difficulty || chosen(pick.Problems, p.Slug) {
				continue
			}
			if !sharesTopic(pick.Problems, p) {
				disjoint = append(disjoint, p)
			}
			if !sharesFirstTopic(pick.Problems, p) {
				otherFirst = append(otherFirst, p)
			}
		}
		cands := disjoint
		if len(cands) == 0 {
			cands = otherFirst
		}
		if len(cands) == 0 {
			need := fmt.Sprintf("the %s format needs %s from different topics", f.Name, strings.Join(shape, " + "))
			if len(pick.Problems) == 0 {
				return nil, fmt.Errorf("the bank has no %s problem; %s", difficulty, need)
			}
			return nil, fmt.Errorf("the bank has no other %s problem outside the topics of %s; %s", difficulty, strings.Join(slugsOf(pick.Problems), ", "), need)
		}
		pick.Problems = append(pick.Problems, weighted(rng, cands, weight))
	}
	for _, b := range f.Schedule {
		if b.Name == "behavioral" {
			pick.Behavioral = Behavioral[rng.IntN(len(Behavioral))]
		}
	}
	return pick, nil
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
