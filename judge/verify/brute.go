package verify

import (
	"context"
	"encoding/json"
	"fmt"
	"github.com/judgehq/judge/judge/verdict"

	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/driver"
	"github.com/judgehq/judge/judge/problem"
)

// checkBrute runs p's brute.go, an independent naive solution, on the
// hand-written tests (generated ones are too large for it, and their
// expected outputs come from the reference anyway) and lists every test
// whose expected output it disagrees with.
func checkBrute(ctx context.Context, j *judge.Judge, p *problem.Problem) []string {
	c, err := judge.Compile(ctx, p, driver.Source{Name: p.Slug + "/brute.go", Code: p.Brute})
	if err != nil {
		return []string{"brute.go: " + err.Error()}
	}
	defer c.Close()
	inputs := make([]map[string]json.RawMessage, len(p.Tests))
	for i, t := range p.Tests {
		inputs[i] = t.Input
	}
	outs, err := j.Outputs(ctx, c, inputs)
	if err != nil {
		return []string{"brute.go: " + err.Error()}
	}
	var findings []string
	for i, t := range p.Tests {
		o := outs[i]
		if o.Failed != "" {
			findings = append(findings, fmt.Sprintf("brute.go: test %s: %s", t.Name, o.Failed))
			continue
		}
		// A checker judges the hand-written answer on its own merits,
		// brute.go's as the expected one; a comparison takes the
		// hand-written one as expected (a brute force's nil slice is
		// then the empty list it stands for).
		want, got := t.Output, json.RawMessage(o.Out)
		if p.Compare == verdict.Checker {
			want, got = got, want
		}
		ok, err := j.Agree(ctx, p, t.Input, want, got)
		switch {
		case err != nil:
			findings = append(findings, fmt.Sprintf("tests.json: test %s: %v", t.Name, err))
		case !ok:
			findings = append(findings, fmt.Sprintf("tests.json: test %s expects %s, but brute.go answers %s: one of them is wrong", t.Name, t.Output, o.Out))
		}
	}
	return findings
}
