//go:build ignore

package main

import "math/rand/v2"

// genCalls collects a sequence of calls in the tests' form.
type genCalls struct {
	ops  []string
	args [][]any
}

func genNewCalls(home string) *genCalls {
	return &genCalls{ops: []string{"BrowserHistory"}, args: [][]any{{home}}}
}

func (c *genCalls) add(op string, arg any) {
	c.ops = append(c.ops, op)
	c.args = append(c.args, []any{arg})
}

func (c *genCalls) calls() int { return len(c.ops) - 1 }

func (c *genCalls) input() map[string]any {
	return map[string]any{"operations": c.ops, "arguments": c.args}
}

// genURL makes a random address of 1 to 20 letters and dots.
func genURL(r *rand.Rand) string {
	const chars = "abcdefghijklmnopqrstuvwxyz."
	b := make([]byte, 1+r.IntN(20))
	for i := range b {
		b[i] = chars[r.IntN(len(chars))]
	}
	return string(b)
}

// genLimit is LeetCode's maximum number of visit, back and forward calls.
const genLimit = 5000

// generate builds sessions of the maximum 5000 calls: a random mix; a long
// run of visits followed by sweeps back and forth of 100 steps; visits made
// after going far back, so that many forward pages are discarded and their
// slots reused; going back and forward past either end; and one-step
// zigzags between visits.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(1472, 5000))

	mix := genNewCalls(genURL(r))
	for mix.calls() < genLimit {
		switch k := r.IntN(10); {
		case k < 4:
			mix.add("visit", genURL(r))
		case k < 7:
			mix.add("back", 1+r.IntN(100))
		default:
			mix.add("forward", 1+r.IntN(100))
		}
	}

	sweep := genNewCalls(genURL(r))
	for sweep.calls() < genLimit/2 {
		sweep.add("visit", genURL(r))
	}
	for i := 0; sweep.calls() < genLimit; i++ {
		if (i/30)%2 == 0 {
			sweep.add("back", 100)
		} else {
			sweep.add("forward", 100)
		}
	}

	truncate := genNewCalls(genURL(r))
	for truncate.calls() < genLimit {
		for k := 0; k < 20 && truncate.calls() < genLimit; k++ {
			truncate.add("visit", genURL(r))
		}
		if truncate.calls() < genLimit {
			truncate.add("back", 15+r.IntN(86))
		}
		if truncate.calls() < genLimit {
			truncate.add("forward", 1+r.IntN(100))
		}
	}

	ends := genNewCalls("home")
	for ends.calls() < genLimit {
		ends.add("visit", genURL(r))
		ends.add("forward", 100)
		ends.add("back", 100)
		ends.add("back", 1)
		ends.add("forward", 100)
	}

	zigzag := genNewCalls(genURL(r))
	for zigzag.calls() < genLimit {
		zigzag.add("visit", genURL(r))
		zigzag.add("back", 1)
		zigzag.add("forward", 1)
		zigzag.add("back", 1)
		zigzag.add("visit", genURL(r))
	}

	return []GenCase{
		{Name: "large-random-mix", Input: mix.input()},
		{Name: "large-visits-then-sweeps", Input: sweep.input()},
		{Name: "large-discard-and-reuse", Input: truncate.input()},
		{Name: "large-past-both-ends", Input: ends.input()},
		{Name: "large-one-step-zigzag", Input: zigzag.input()},
	}
}

// sized makes n calls: a visit, then a back and a forward of up to 100
// steps, in turn, so the history grows by n/3 pages.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(1472, uint64(n)))
	c := genNewCalls("home")
	for c.calls() < n {
		switch c.calls() % 3 {
		case 0:
			c.add("visit", genURL(r))
		case 1:
			c.add("back", 1+r.IntN(100))
		default:
			c.add("forward", 1+r.IntN(100))
		}
	}
	return c.input()
}
