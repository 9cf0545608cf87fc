//go:build ignore

package main

import "math/rand/v2"

// genCalls collects one test's calls and counts the snaps taken, so that
// every get names a snapshot that exists.
type genCalls struct {
	ops   []string
	args  [][]int
	snaps int
}

func genNew(length int) *genCalls {
	return &genCalls{ops: []string{"SnapshotArray"}, args: [][]int{{length}}}
}

func (c *genCalls) set(i, v int) {
	c.ops = append(c.ops, "set")
	c.args = append(c.args, []int{i, v})
}

func (c *genCalls) snap() {
	c.ops = append(c.ops, "snap")
	c.args = append(c.args, []int{})
	c.snaps++
}

func (c *genCalls) get(i, s int) {
	c.ops = append(c.ops, "get")
	c.args = append(c.args, []int{i, s})
}

func (c *genCalls) input() map[string]any {
	return map[string]any{"operations": c.ops, "arguments": c.args}
}

// genMaxCalls is the most calls a test makes besides the constructor.
const genMaxCalls = 50000

const genMaxLen = 50000

const genMaxVal = 1_000_000_000

// generate builds 5*10^4-call sequences on arrays of 5*10^4 positions:
// thousands of snapshots that write nothing followed by gets at late
// snapshots of positions written early or never (walking back through the
// snapshots is quadratic, copying the array per snap needs gigabytes),
// writes and snaps in turn, one position with a deep history, a random mix,
// many writes per period, and a one-position array.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(1146, 50000))
	var out []GenCase

	empty := genNew(genMaxLen)
	for i := 0; i < 1000; i++ {
		empty.set(r.IntN(genMaxLen), r.IntN(genMaxVal+1))
	}
	for i := 0; i < 24000; i++ {
		empty.snap()
	}
	for len(empty.ops) <= genMaxCalls {
		empty.get(r.IntN(genMaxLen), empty.snaps-1-r.IntN(4000))
	}
	out = append(out, GenCase{Name: "large-gets-after-empty-snaps", Input: empty.input()})

	turns := genNew(genMaxLen)
	for i := 0; i < 16666; i++ {
		turns.set(r.IntN(genMaxLen), r.IntN(genMaxVal+1))
		turns.snap()
	}
	for len(turns.ops) <= genMaxCalls {
		turns.get(r.IntN(genMaxLen), r.IntN(turns.snaps))
	}
	out = append(out, GenCase{Name: "large-writes-and-snaps-in-turn", Input: turns.input()})

	deep := genNew(genMaxLen)
	for i := 0; i < 16666; i++ {
		deep.set(777, r.IntN(genMaxVal+1))
		deep.snap()
	}
	for len(deep.ops) <= genMaxCalls {
		if r.IntN(10) == 0 {
			deep.get(r.IntN(genMaxLen), r.IntN(deep.snaps))
		} else {
			deep.get(777, r.IntN(deep.snaps))
		}
	}
	out = append(out, GenCase{Name: "large-one-position-deep-history", Input: deep.input()})

	mix := genNew(genMaxLen)
	for len(mix.ops) <= genMaxCalls {
		switch k := r.IntN(10); {
		case k < 4 || mix.snaps == 0 && k >= 6:
			mix.set(r.IntN(genMaxLen), r.IntN(genMaxVal+1))
		case k < 6:
			mix.snap()
		default:
			mix.get(r.IntN(genMaxLen), r.IntN(mix.snaps))
		}
	}
	out = append(out, GenCase{Name: "large-random-mix", Input: mix.input()})

	busy := genNew(10)
	for len(busy.ops) <= 30000 {
		for j := 0; j < 100; j++ {
			busy.set(r.IntN(10), r.IntN(genMaxVal+1))
		}
		busy.snap()
	}
	for len(busy.ops) <= genMaxCalls {
		busy.get(r.IntN(10), r.IntN(busy.snaps))
	}
	out = append(out, GenCase{Name: "large-many-writes-per-snap", Input: busy.input()})

	one := genNew(1)
	for len(one.ops) <= genMaxCalls {
		switch k := r.IntN(3); {
		case k == 0:
			one.set(0, r.IntN(genMaxVal+1))
		case k == 1 || one.snaps == 0:
			one.snap()
		default:
			one.get(0, r.IntN(one.snaps))
		}
	}
	out = append(out, GenCase{Name: "large-length-one", Input: one.input()})
	return out
}

// sized makes n calls (the constructor included) on an array of n/4 + 1
// positions: n/2 calls alternating a write to a new position and a snap,
// then gets at the last snapshot of positions written in the first few
// periods. The intended structure does O(log) per get; walking back from
// the snapshot to the write costs about n/4 periods per get, n^2/8 in all.
func sized(n int) map[string]any {
	c := genNew(n/4 + 1)
	for i := 0; len(c.ops) < n/2; i++ {
		c.set(i, i%(genMaxVal+1))
		c.snap()
	}
	for i := 0; len(c.ops) < n; i++ {
		c.get(i%16, c.snaps-1)
	}
	return c.input()
}
