//go:build ignore

package main

import (
	"fmt"
	"math/rand/v2"
)

// genCalls collects a sequence of calls in the tests' form.
type genCalls struct {
	ops  []string
	args [][]any
}

func genNewCalls() *genCalls {
	return &genCalls{ops: []string{"Logger"}, args: [][]any{{}}}
}

func (c *genCalls) add(t int, msg string) {
	c.ops = append(c.ops, "shouldPrintMessage")
	c.args = append(c.args, []any{t, msg})
}

func (c *genCalls) calls() int { return len(c.ops) - 1 }

func (c *genCalls) input() map[string]any {
	return map[string]any{"operations": c.ops, "arguments": c.args}
}

// genMessage makes the i-th of a family of distinct messages: a fixed run
// of letters (pad of them) followed by i in base 26.
func genMessage(pad, i int) string {
	b := make([]byte, 0, 30)
	for range pad {
		b = append(b, 'q')
	}
	for {
		b = append(b, byte('a'+i%26))
		i /= 26
		if i == 0 {
			return string(b)
		}
	}
}

// genLimit is LeetCode's maximum number of calls.
const genLimit = 10_000

// generate builds sessions of the maximum 10^4 calls: 10^4 distinct
// messages of 30 letters within ten seconds (nothing expires, so a logger
// that sweeps its whole memory on every call does 5*10^7 steps), a few
// messages repeated at a random pace, one message every second, a mix at
// the top of the timestamp range, and bursts of the same message in one
// second.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(359, 10000))

	distinct := genNewCalls()
	for i := 0; distinct.calls() < genLimit; i++ {
		distinct.add(i*10/genLimit, genMessage(26, i))
	}

	few := genNewCalls()
	for t := 0; few.calls() < genLimit; t += r.IntN(3) {
		few.add(t, genMessage(0, r.IntN(20)))
	}

	steady := genNewCalls()
	for t := 0; steady.calls() < genLimit; t++ {
		steady.add(t, "heartbeat")
	}

	top := genNewCalls()
	for t := 1_000_000_000 - 2*genLimit; top.calls() < genLimit; t += r.IntN(5) {
		top.add(t, fmt.Sprintf("m%c", 'a'+r.IntN(26)))
	}

	bursts := genNewCalls()
	for t := 0; bursts.calls() < genLimit; t += 1 + r.IntN(12) {
		msg := genMessage(5, r.IntN(3))
		for k := 10 + r.IntN(40); k > 0 && bursts.calls() < genLimit; k-- {
			bursts.add(t, msg)
		}
	}

	return []GenCase{
		{Name: "large-distinct-within-ten-seconds", Input: distinct.input()},
		{Name: "large-few-messages-random-pace", Input: few.input()},
		{Name: "large-one-message-every-second", Input: steady.input()},
		{Name: "large-top-of-range", Input: top.input()},
		{Name: "large-bursts", Input: bursts.input()},
	}
}

// sized makes n calls with n distinct messages, all within ten seconds:
// every message is printed and none expires, so the reference's map grows
// to n entries at O(1) per call, while a logger that sweeps its memory on
// every call visits all of them each time, O(n^2) in all.
func sized(n int) map[string]any {
	c := genNewCalls()
	for i := 0; c.calls() < n; i++ {
		c.add(i*10/n, genMessage(3, i))
	}
	return c.input()
}
