//go:build ignore

package main

import "math/rand/v2"

// genCalls collects a sequence of calls in the tests' form.
type genCalls struct {
	ops  []string
	args [][]int
}

func genNewCalls(k int) *genCalls {
	return &genCalls{ops: []string{"MyCircularQueue"}, args: [][]int{{k}}}
}

func (c *genCalls) add(op string, a ...int) {
	c.ops = append(c.ops, op)
	c.args = append(c.args, append([]int{}, a...))
}

func (c *genCalls) calls() int { return len(c.ops) - 1 }

func (c *genCalls) input() map[string]any {
	return map[string]any{"operations": c.ops, "arguments": c.args}
}

// genRandomOp adds one random call: enqueues and dequeues weighted by
// enq out of 10, the rest spread over the four queries.
func genRandomOp(r *rand.Rand, c *genCalls, enq int) {
	switch k := r.IntN(10); {
	case k < enq:
		c.add("enQueue", r.IntN(1001))
	case k < 7:
		c.add("deQueue")
	default:
		c.add([]string{"Front", "Rear", "isEmpty", "isFull"}[r.IntN(4)])
	}
}

// genLimit is LeetCode's maximum number of calls.
const genLimit = 3000

// generate builds sessions of the maximum 3000 calls: random mixes on the
// largest queue and on tiny ones, a queue filled to capacity and drained
// over and over (the indices wrap many times), a queue of one slot, and a
// queue held at full capacity with one dequeue and one enqueue at a time.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(622, 3000))

	big := genNewCalls(1000)
	for big.calls() < genLimit {
		genRandomOp(r, big, 5)
	}

	small := genNewCalls(3)
	for small.calls() < genLimit {
		genRandomOp(r, small, 4)
	}

	cycles := genNewCalls(7)
	for cycles.calls() < genLimit {
		for range 9 {
			cycles.add("enQueue", r.IntN(1001))
		}
		cycles.add("isFull")
		cycles.add("Rear")
		for range 9 {
			cycles.add("deQueue")
		}
		cycles.add("isEmpty")
		cycles.add("Front")
	}
	cycles.ops, cycles.args = cycles.ops[:genLimit+1], cycles.args[:genLimit+1]

	one := genNewCalls(1)
	for one.calls() < genLimit {
		genRandomOp(r, one, 4)
	}

	steady := genNewCalls(1000)
	for steady.calls() < 1000 {
		steady.add("enQueue", r.IntN(1001))
	}
	for steady.calls()+4 <= genLimit {
		steady.add("deQueue")
		steady.add("enQueue", r.IntN(1001))
		steady.add("Front")
		steady.add("Rear")
	}

	return []GenCase{
		{Name: "large-random-capacity-1000", Input: big.input()},
		{Name: "large-random-capacity-3", Input: small.input()},
		{Name: "large-fill-and-drain-cycles", Input: cycles.input()},
		{Name: "large-capacity-1", Input: one.input()},
		{Name: "large-kept-full", Input: steady.input()},
	}
}

// sized makes n random calls on a queue of 1000 slots: enqueues and dequeues
// balance, so the queue hovers between empty and full and its indices wrap.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(622, uint64(n)))
	c := genNewCalls(1000)
	for c.calls() < 500 && c.calls() < n {
		c.add("enQueue", r.IntN(1001))
	}
	for c.calls() < n {
		genRandomOp(r, c, 4)
	}
	return c.input()
}
