package verify

import (
	"context"
	"fmt"

	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/complexity"
	"github.com/judgehq/judge/judge/problem"
)

// program is a compiled solution of the package and its file's name.
type program struct {
	what string
	c    *judge.Compiled
}

// maxLadderInput bounds the largest input of a ladder.
const maxLadderInput = 8 << 20

// measureTries is how often a measurement that disagrees is taken again
// before it counts: a busy machine can stretch one rung.
const measureTries = 3

// checkLadder measures the reference and the slow mutants on p's ladder:
// the reference must show the class p expects, and every slow mutant a
// worse one. unsteady counts the findings that are such a class
// disagreement, which a machine busy with other work can cause (the
// memory traffic of other processes slows the larger rungs most), so that
// the caller can measure again when the machine is quieter.
func checkLadder(ctx context.Context, j *judge.Judge, p *problem.Problem, ref *judge.Compiled, slow []program) (growth map[string]*judge.Growth, findings []string, unsteady int) {
	want, err := p.LadderClass()
	if err != nil {
		return nil, []string{"problem.json: " + err.Error()}, 0
	}
	l, err := j.Ladder(ctx, p)
	if err != nil {
		return nil, []string{"ladder: " + err.Error()}, 0
	}
	growth = map[string]*judge.Growth{}
	if top := l.Largest(); top > maxLadderInput {
		findings = append(findings, fmt.Sprintf("ladder: sized(%d) is %.1f MB of JSON; keep the largest input under %d MB (decoding it costs more than measuring): lower ladder.max", p.Ladder.Max, float64(top)/(1<<20), maxLadderInput>>20))
	}
	measure := func(what string, c *judge.Compiled, ok func(*judge.Growth) bool) *judge.Growth {
		var g *judge.Growth
		for try := 0; try < measureTries; try++ {
			if g, err = j.Measure(ctx, c, l); err != nil {
				findings = append(findings, fmt.Sprintf("ladder: %s: %v", what, err))
				return nil
			}
			if ok(g) {
				break
			}
		}
		growth[what] = g
		return g
	}
	g := measure("solution.go", ref, func(g *judge.Growth) bool { return g.Class == want })
	if g == nil {
		return growth, findings, unsteady
	}
	if g.Class != want {
		findings = append(findings, fmt.Sprintf("ladder: solution.go measures %s, want %s (%s)%s", g.Class, want, g.Evidence, stopped(g)))
		unsteady++
	}
	for _, m := range slow {
		worse := func(g *judge.Growth) bool {
			return g.Class > want || (g.Class == complexity.Unknown && g.Stopped != "")
		}
		g := measure(m.what, m.c, worse)
		if g != nil && !worse(g) {
			findings = append(findings, fmt.Sprintf("ladder: %s (time_limit_exceeded) measures %s, no worse than the reference's %s (%s)%s", m.what, g.Class, want, g.Evidence, stopped(g)))
			unsteady++
		}
	}
	return growth, findings, unsteady
}

func stopped(g *judge.Growth) string {
	if g.Stopped == "" {
		return ""
	}
	return "; stopped: " + g.Stopped
}
