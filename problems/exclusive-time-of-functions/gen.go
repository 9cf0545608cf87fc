//go:build ignore

package main

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
)

// genLogs writes the logs of properly nested calls: start opens a call of
// function id, end closes the running one, each after gap idle units.
type genLogs struct {
	out       []string
	stack     []int
	t         int
	lastStart bool
}

func (g *genLogs) start(id, gap int) {
	if len(g.out) > 0 {
		g.t += 1 + gap // a start never shares a unit with the event before it
	} else {
		g.t = gap
	}
	g.out = append(g.out, fmt.Sprintf("%d:start:%d", id, g.t))
	g.stack = append(g.stack, id)
	g.lastStart = true
}

func (g *genLogs) end(gap int) {
	if g.lastStart {
		g.t += gap // a call may end in the unit it started
	} else {
		g.t += 1 + gap
	}
	id := g.stack[len(g.stack)-1]
	g.stack = g.stack[:len(g.stack)-1]
	g.out = append(g.out, fmt.Sprintf("%d:end:%d", id, g.t))
	g.lastStart = false
}

// genRandom is `calls` random nested calls among n functions, each event
// after up to maxGap idle units, nesting at most maxDepth deep.
func genRandom(r *rand.Rand, n, calls, maxGap, maxDepth int) []string {
	g := &genLogs{}
	started := 0
	for started < calls || len(g.stack) > 0 {
		canStart := started < calls && len(g.stack) < maxDepth
		if canStart && (len(g.stack) == 0 || r.IntN(2) == 0) {
			g.start(r.IntN(n), r.IntN(maxGap+1))
			started++
		} else {
			g.end(r.IntN(maxGap + 1))
		}
	}
	return g.out
}

// generate builds 500-line logs for 100 functions: recursion 250 deep,
// 250 calls one after another, random nesting with gaps that carry the
// timestamps close to 10^9, and dense logs with no idle units at all.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(636, 500))
	deep := &genLogs{}
	for range 250 {
		deep.start(0, r.IntN(3))
	}
	for range 250 {
		deep.end(r.IntN(3))
	}
	flat := &genLogs{}
	for i := range 250 {
		flat.start(i%100, 0)
		flat.end(0)
	}
	// One outer call from 0 to exactly 10^9 around random calls.
	outer := &genLogs{}
	outer.start(99, 0)
	inner := genRandom(r, 100, 249, 1000, 20)
	outer.out = append(outer.out, shiftLogs(inner, 1)...)
	outer.out = append(outer.out, "99:end:1000000000")
	return []GenCase{
		{Name: "large-deep-recursion", Input: map[string]any{"n": 1, "logs": deep.out}},
		{Name: "large-flat-calls", Input: map[string]any{"n": 100, "logs": flat.out}},
		{Name: "large-random-big-gaps", Input: map[string]any{"n": 100, "logs": genRandom(r, 100, 250, 1_900_000, 50)}},
		{Name: "large-random-dense", Input: map[string]any{"n": 100, "logs": genRandom(r, 100, 250, 0, 250)}},
		{Name: "large-outer-call-to-max-time", Input: map[string]any{"n": 100, "logs": outer.out}},
	}
}

// shiftLogs adds d to every timestamp.
func shiftLogs(logs []string, d int) []string {
	out := make([]string, len(logs))
	for i, l := range logs {
		p := strings.Split(l, ":")
		ts, _ := strconv.Atoi(p[2])
		out[i] = p[0] + ":" + p[1] + ":" + strconv.Itoa(ts+d)
	}
	return out
}

// sized is n log lines: n/2 random nested calls among 100 functions.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(636, uint64(n)))
	return map[string]any{"n": 100, "logs": genRandom(r, 100, n/2, 3, 64)}
}
