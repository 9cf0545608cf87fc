//go:build ignore

package main

import (
	"math/rand/v2"
	"strconv"
)

// genCalls collects one test's calls.
type genCalls struct {
	ops  []string
	args [][]int
}

func genNew() *genCalls {
	return &genCalls{ops: []string{"MyHashMap"}, args: [][]int{{}}}
}

func (c *genCalls) call(op string, a ...int) {
	c.ops = append(c.ops, op)
	c.args = append(c.args, a)
}

func (c *genCalls) input() map[string]any {
	return map[string]any{"operations": c.ops, "arguments": c.args}
}

const genMaxCalls = 10000

const genMaxKey = 1_000_000

// genMix fills c with random puts, gets and removes of keys drawn by key,
// weighted put:get:remove = 4:4:2.
func genMix(c *genCalls, r *rand.Rand, key func() int) {
	for len(c.ops) <= genMaxCalls {
		switch k := r.IntN(10); {
		case k < 4:
			c.call("put", key(), r.IntN(genMaxKey+1))
		case k < 8:
			c.call("get", key())
		default:
			c.call("remove", key())
		}
	}
}

// generate builds 10^4-call sequences: random keys over the whole range,
// keys that share their low bits (multiples of 1024, of 1000 and of 10007,
// which pile into one bucket of a table indexed by key modulo a round
// size), many values of 0, and long runs of removes and re-inserts of the
// same few hundred keys (where a probing table that empties removed slots
// loses keys).
func generate() []GenCase {
	r := rand.New(rand.NewPCG(706, 10000))
	var out []GenCase

	random := genNew()
	genMix(random, r, func() int { return r.IntN(genMaxKey + 1) })
	out = append(out, GenCase{Name: "large-random-keys", Input: random.input()})

	for _, step := range []int{1024, 1000, 10007} {
		c := genNew()
		genMix(c, r, func() int { return step * r.IntN(genMaxKey/step+1) })
		out = append(out, GenCase{Name: "large-multiples-of-" + strconv.Itoa(step), Input: c.input()})
	}

	zeros := genNew()
	for len(zeros.ops) <= genMaxCalls {
		k := r.IntN(2000)
		switch r.IntN(3) {
		case 0:
			zeros.call("put", k, r.IntN(2))
		case 1:
			zeros.call("get", k)
		default:
			zeros.call("remove", k)
		}
	}
	out = append(out, GenCase{Name: "large-zero-values", Input: zeros.input()})

	churn := genNew()
	hot := make([]int, 300)
	for i := range hot {
		hot[i] = 32768*r.IntN(30) + r.IntN(4)
	}
	for len(churn.ops) <= genMaxCalls {
		k := hot[r.IntN(len(hot))]
		switch r.IntN(3) {
		case 0:
			churn.call("put", k, r.IntN(genMaxKey+1))
		case 1:
			churn.call("get", k)
		default:
			churn.call("remove", k)
		}
	}
	out = append(out, GenCase{Name: "large-remove-and-reinsert", Input: churn.input()})
	return out
}

// sized makes n calls (the constructor included): n/2 puts of distinct
// keys, then gets, updates and removes of them and of missing keys in
// turn. Keys stay within 10^6. Every call is O(1) on average for a table
// that grows; a fixed table or a single list pays O(n) per call.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(706, uint64(n)))
	// Distinct keys: 7919 is prime to 10^6 + 1 = 101 * 9901.
	keys := make([]int, n/2+1)
	for i := range keys {
		keys[i] = (i*7919 + 13) % (genMaxKey + 1)
	}
	c := genNew()
	for i := 0; len(c.ops) < n/2; i++ {
		c.call("put", keys[i], i)
	}
	for i := 0; len(c.ops) < n; i++ {
		k := keys[r.IntN(n/2)]
		switch i % 4 {
		case 0:
			c.call("get", k)
		case 1:
			c.call("put", k, i%(genMaxKey+1))
		case 2:
			c.call("remove", k)
		default:
			c.call("get", genMaxKey-r.IntN(1000))
		}
	}
	return c.input()
}
