//go:build ignore

package main

import "math/rand/v2"

// genCalls turns a list of (add?, point) steps into the tests' form.
type genCalls struct {
	ops  []string
	args [][][]int
}

func genNewCalls() *genCalls {
	return &genCalls{ops: []string{"DetectSquares"}, args: [][][]int{{}}}
}

func (c *genCalls) add(op string, x, y int) {
	c.ops = append(c.ops, op)
	c.args = append(c.args, [][]int{{x, y}})
}

func (c *genCalls) input() map[string]any {
	return map[string]any{"operations": c.ops, "arguments": c.args}
}

// generate builds 3000-call sequences. The first stores 1500 points in the
// query's row and column (so trying every pair of stored points inspects
// about 5*10^5 pairs per count) and then counts 1500 times; the second puts
// many copies of a few points on a small grid so the products of counts
// grow large; the third is random adds and counts over the whole plane.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(2013, 3000))
	const calls = 3000

	cross := genNewCalls()
	for i := 0; i < calls/2; i++ {
		d := 1 + r.IntN(500)
		switch i % 3 {
		case 0:
			cross.add("add", 500, 500+d*(1-2*r.IntN(2)))
		case 1:
			cross.add("add", 500+d*(1-2*r.IntN(2)), 500)
		default:
			cross.add("add", 500+d*(1-2*r.IntN(2)), 500+d*(1-2*r.IntN(2)))
		}
	}
	for len(cross.ops) <= calls {
		cross.add("count", 500, 500)
	}

	dense := genNewCalls()
	for len(dense.ops) <= calls {
		x, y := 10*r.IntN(4), 10*r.IntN(4)
		if r.IntN(4) == 0 {
			dense.add("count", x, y)
		} else {
			dense.add("add", x, y)
		}
	}

	random := genNewCalls()
	for len(random.ops) <= calls {
		x, y := r.IntN(1001), r.IntN(1001)
		if len(random.ops) > calls/2 && r.IntN(2) == 0 {
			random.add("count", x, y)
		} else {
			random.add("add", x, y)
		}
	}

	return []GenCase{
		{Name: "large-row-and-column-then-counts", Input: cross.input()},
		{Name: "large-dense-duplicates", Input: dense.input()},
		{Name: "large-random-plane", Input: random.input()},
	}
}

// sized makes n calls: n/2 adds of distinct points, a third of them on the
// query's column, a third on its row and the rest anywhere, then n/2 counts
// at the query (500, 500).
// The reference scans the distinct points once per count, O(n) each; trying
// every pair of stored points costs O(n^2) per count.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(2013, uint64(n)))
	c := genNewCalls()
	seen := map[[2]int]bool{}
	for len(c.ops) <= n/2 {
		x, y := r.IntN(1001), r.IntN(1001)
		switch r.IntN(3) {
		case 0:
			x = 500
		case 1:
			y = 500
		}
		if !seen[[2]int{x, y}] {
			seen[[2]int{x, y}] = true
			c.add("add", x, y)
		}
	}
	for len(c.ops) <= n {
		c.add("count", 500, 500)
	}
	return c.input()
}
