//go:build ignore

package main

import "math/rand/v2"

// genKey is a distinct lowercase key of 1 to 10 letters for each i.
func genKey(i int) string {
	b := []byte{byte('a' + i%26)}
	for i /= 26; i > 0; i /= 26 {
		b = append(b, byte('a'+i%26))
	}
	return string(b)
}

// genCalls collects calls, keeping the counts so that dec only meets
// present keys.
type genCalls struct {
	ops   []string
	args  [][]string
	count map[string]int
	keys  []string
}

func genNew() *genCalls {
	return &genCalls{ops: []string{"AllOne"}, args: [][]string{{}}, count: map[string]int{}}
}

func (c *genCalls) call(op string, a ...string) {
	c.ops = append(c.ops, op)
	c.args = append(c.args, append([]string{}, a...))
	switch op {
	case "inc":
		if c.count[a[0]] == 0 {
			c.keys = append(c.keys, a[0])
		}
		c.count[a[0]]++
	case "dec":
		c.count[a[0]]--
	}
}

func (c *genCalls) queries() {
	c.call("getMaxKey")
	c.call("getMinKey")
}

// present picks a random key with a positive count (there must be one).
func (c *genCalls) present(r *rand.Rand) string {
	for {
		if k := c.keys[r.IntN(len(c.keys))]; c.count[k] > 0 {
			return k
		}
	}
}

func (c *genCalls) input() map[string]any {
	return map[string]any{"operations": c.ops, "arguments": c.args}
}

// genManyKeys makes n calls: n/2 distinct keys, then rounds of an inc and a
// dec of random present keys, each followed by both queries. A query that
// scans every key does about n^2/8 steps.
func genManyKeys(r *rand.Rand, n int) *genCalls {
	c := genNew()
	for i := 0; i < n/2; i++ {
		c.call("inc", genKey(i))
	}
	for len(c.ops) <= n-6 {
		c.call("inc", c.present(r))
		c.queries()
		c.call("dec", c.present(r))
		c.queries()
	}
	return c
}

// generate builds call lists of the maximum length, 5*10^4: many keys with
// as many queries (a scan per query does about 6*10^8 steps), one key
// counted up to 2.5*10^4 and back down to nothing, a staircase of counts
// 1..300 worn down from the top, churn over a few keys whose counts keep
// crossing, and keys that all leave the smallest bucket one at a time
// (the bucket shrinks from 2*10^4 keys to none).
func generate() []GenCase {
	r := rand.New(rand.NewPCG(432, 50000))
	const n = 50_000

	many := genManyKeys(r, n)

	one := genNew()
	for i := 0; i < n/4; i++ {
		one.call("inc", "solo")
		if i%2 == 0 {
			one.call("getMaxKey")
		}
	}
	for one.count["solo"] > 0 && len(one.ops) <= n-2 {
		one.call("dec", "solo")
		one.call("getMinKey")
	}
	one.queries()

	stairs := genNew()
	for k := 1; k <= 300; k++ {
		for range k {
			stairs.call("inc", genKey(k))
		}
	}
	for k := 300; len(stairs.ops) <= n-3 && k > 0; k-- {
		stairs.call("dec", genKey(k))
		stairs.queries()
	}

	churn := genNew()
	for len(churn.ops) <= n-3 {
		k := genKey(r.IntN(6))
		if churn.count[k] > 0 && r.IntN(2) == 0 {
			churn.call("dec", k)
		} else {
			churn.call("inc", k)
		}
		if r.IntN(2) == 0 {
			churn.queries()
		}
	}

	drain := genNew()
	const m = 16_000
	for i := 0; i < m; i++ {
		drain.call("inc", genKey(i))
	}
	for i := 0; i < m && len(drain.ops) <= n-2; i++ {
		drain.call("inc", genKey(i))
		drain.call("getMinKey")
		drain.call("getMaxKey")
	}

	return []GenCase{
		{Name: "large-many-keys-many-queries", Input: many.input()},
		{Name: "large-one-key-up-and-down", Input: one.input()},
		{Name: "large-staircase-worn-down", Input: stairs.input()},
		{Name: "large-churn-few-keys", Input: churn.input()},
		{Name: "large-min-bucket-drains", Input: drain.input()},
	}
}

// sized builds n calls: n/2 distinct keys, then rounds of inc, both
// queries, dec and both queries on random keys. Every call is O(1) for the
// buckets; a scan per query is O(n) each.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(432, uint64(n)))
	return genManyKeys(r, n).input()
}
