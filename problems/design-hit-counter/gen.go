//go:build ignore

package main

import "math/rand/v2"

// genCalls collects a sequence of calls in the tests' form.
type genCalls struct {
	ops  []string
	args [][]int
}

func genNewCalls() *genCalls {
	return &genCalls{ops: []string{"HitCounter"}, args: [][]int{{}}}
}

func (c *genCalls) add(op string, t int) {
	c.ops = append(c.ops, op)
	c.args = append(c.args, []int{t})
}

// calls is how many hit and getHits calls were made.
func (c *genCalls) calls() int { return len(c.ops) - 1 }

func (c *genCalls) input() map[string]any {
	return map[string]any{"operations": c.ops, "arguments": c.args}
}

// genLimit is LeetCode's maximum number of hit and getHits calls.
const genLimit = 300

// generate builds sequences of the maximum 300 calls: a random walk of
// timestamps with hits and queries mixed; a burst in one second followed by
// queries that watch it expire one second at a time; hits at seconds the
// same modulo 300 (a bucket array must notice a new round); timestamps at
// the top of the range; and hits spread over one window, then queries
// sliding past them.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(362, 300))

	walk := genNewCalls()
	for t := 1 + r.IntN(10); walk.calls() < genLimit; t += r.IntN(25) {
		if r.IntN(10) < 6 {
			walk.add("hit", t)
		} else {
			walk.add("getHits", t)
		}
	}

	burst := genNewCalls()
	for burst.calls() < 200 {
		burst.add("hit", 1000)
	}
	for t := 1200; burst.calls() < genLimit; t += 2 {
		burst.add("getHits", t)
	}

	rounds := genNewCalls()
	for t := 7; rounds.calls() < genLimit; t += 300 * (1 + r.IntN(2)) {
		for k := r.IntN(3); k >= 0 && rounds.calls() < genLimit-1; k-- {
			rounds.add("hit", t)
		}
		rounds.add("getHits", t+r.IntN(300))
	}

	top := genNewCalls()
	for t := 2_000_000_000 - 1500; top.calls() < genLimit; t += r.IntN(11) {
		if r.IntN(2) == 0 {
			top.add("hit", t)
		} else {
			top.add("getHits", t)
		}
	}

	spread := genNewCalls()
	for t := 1; spread.calls() < 150; t += 2 {
		spread.add("hit", t)
	}
	for t := 299; spread.calls() < genLimit; t += 2 {
		spread.add("getHits", t)
	}

	return []GenCase{
		{Name: "large-random-walk", Input: walk.input()},
		{Name: "large-burst-then-expiry", Input: burst.input()},
		{Name: "large-same-bucket-rounds", Input: rounds.input()},
		{Name: "large-top-of-range", Input: top.input()},
		{Name: "large-spread-then-slide", Input: spread.input()},
	}
}

// sized makes n calls, hits and getHits alternating, the timestamp rising by
// one every fourth call: a window holds about 600 hits. The reference does
// O(1) amortized work per call; a counter that rescans every hit ever
// recorded on each getHits does O(n) per call.
func sized(n int) map[string]any {
	c := genNewCalls()
	for i := 0; c.calls() < n; i++ {
		if i%2 == 0 {
			c.add("hit", 1+i/4)
		} else {
			c.add("getHits", 1+i/4)
		}
	}
	return c.input()
}
