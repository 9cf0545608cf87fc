//go:build ignore

package main

import "math/rand/v2"

// genCalls collects one test's calls in the tests' form.
type genCalls struct {
	ops  []string
	args [][]int
}

func genNew(capacity int) *genCalls {
	return &genCalls{ops: []string{"LFUCache"}, args: [][]int{{capacity}}}
}

func (c *genCalls) call(op string, a ...int) {
	c.ops = append(c.ops, op)
	c.args = append(c.args, a)
}

func (c *genCalls) input() map[string]any {
	return map[string]any{"operations": c.ops, "arguments": c.args}
}

// genMaxCalls is the most calls a test makes to get and put.
const genMaxCalls = 200000

// generate builds call sequences of the largest size: a random mix over the
// whole key range, eviction storms on a full cache of 10^4 keys (every put
// evicts, so finding the victim by a scan costs 10^4 steps a call), a count
// staircase where the smallest count climbs high before new keys arrive, and
// a cache of capacity one.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(460, 10000))
	var out []GenCase

	// Random mix over all keys and values.
	mix := genNew(10000)
	for len(mix.ops) <= genMaxCalls {
		if r.IntN(2) == 0 {
			mix.call("put", r.IntN(100001), r.IntN(1_000_000_001))
		} else {
			mix.call("get", r.IntN(100001))
		}
	}
	out = append(out, GenCase{Name: "large-random-mix", Input: mix.input()})

	// Fill, give the keys counts 1..5, then only new keys: every put evicts.
	storm := genNew(10000)
	for k := 0; k < 10000; k++ {
		storm.call("put", k, k)
	}
	for k := 0; k < 10000; k++ {
		for j := 0; j < k%5; j++ {
			storm.call("get", k)
		}
	}
	for i := 0; len(storm.ops) <= genMaxCalls; i++ {
		storm.call("put", 10000+i%90001, r.IntN(1_000_000_001))
	}
	out = append(out, GenCase{Name: "large-eviction-storm", Input: storm.input()})

	// Every old key hot; newcomers evict each other, read back as misses.
	churn := genNew(10000)
	for k := 0; k < 10000; k++ {
		churn.call("put", k, 1_000_000_000-k)
		churn.call("get", k)
		churn.call("get", k)
	}
	for i := 0; len(churn.ops) <= genMaxCalls; i++ {
		churn.call("put", 10000+i%90001, i)
		if i > 0 {
			churn.call("get", 10000+(i-1)%90001)
		}
		churn.call("get", r.IntN(10000))
	}
	out = append(out, GenCase{Name: "large-newcomer-churn", Input: churn.input()})

	// Round-robin gets lift every count to about 50, then new keys arrive
	// among random reads of old ones.
	stairs := genNew(2000)
	for k := 0; k < 2000; k++ {
		stairs.call("put", k, k)
	}
	for i := 0; i < 100000; i++ {
		stairs.call("get", i%2000)
	}
	for i := 0; len(stairs.ops) <= genMaxCalls; i++ {
		if i%3 == 0 {
			stairs.call("put", 2000+r.IntN(98001), i)
		} else {
			stairs.call("get", r.IntN(4000))
		}
	}
	out = append(out, GenCase{Name: "large-count-staircase", Input: stairs.input()})

	// Capacity one over three keys.
	one := genNew(1)
	for len(one.ops) <= 50000 {
		if r.IntN(3) == 0 {
			one.call("get", r.IntN(3))
		} else {
			one.call("put", r.IntN(3), r.IntN(1_000_000_001))
		}
	}
	out = append(out, GenCase{Name: "large-capacity-one", Input: one.input()})
	return out
}

// sized makes n calls (the constructor included) on a full cache of
// capacity c = n/16 over the keys 0..2c-1. Keys are put in cyclic order, and
// each put is followed by a get of the key just put and a get of a key that
// is not cached. Every count is then 2 when a put arrives, so the cache
// holds the last c keys and every put of a new key evicts. The intended
// cache does O(1) per call; one that scans its entries for the victim does
// c steps per put, about n^2/48 in all.
func sized(n int) map[string]any {
	c := max(n/16, 1)
	calls := genNew(c)
	for i := 0; len(calls.ops) < n; i++ {
		k := i % (2 * c)
		calls.call("put", k, i%1_000_000_001)
		if len(calls.ops) < n {
			calls.call("get", k)
		}
		if len(calls.ops) < n {
			calls.call("get", (k+c)%(2*c))
		}
	}
	return calls.input()
}
