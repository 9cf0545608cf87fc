//go:build ignore

package main

import "math/rand/v2"

// generate builds large call sequences: a big set drawn from many times (a
// getRandom that walks all members costs O(n) per draw), and a long churn of
// inserts and removes over a small value range, so removals keep moving the
// last element around, with draws mixed in.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(380, 200000))

	type genCalls struct {
		ops  []string
		args [][]int
	}
	newCalls := func() *genCalls {
		return &genCalls{ops: []string{"RandomizedSet"}, args: [][]int{{}}}
	}
	call := func(c *genCalls, op string, a ...int) {
		c.ops = append(c.ops, op)
		c.args = append(c.args, append([]int{}, a...))
	}
	done := func(name string, c *genCalls) GenCase {
		return GenCase{Name: name, Input: map[string]any{"operations": c.ops, "arguments": c.args}}
	}

	// 50000 distinct values over the whole int32 range, then 50000 draws.
	big := newCalls()
	seen := make(map[int]bool)
	for len(seen) < 50000 {
		v := r.IntN(1<<32) - 1<<31
		if !seen[v] {
			seen[v] = true
			call(big, "insert", v)
		}
	}
	for i := 0; i < 50000; i++ {
		call(big, "getRandom")
	}

	// Churn over [-300, 300]: about as many removes as inserts, many of them
	// failing, with a draw whenever the set is non-empty and a coin says so.
	churn := newCalls()
	members := make(map[int]bool)
	for len(churn.ops) < 60000 {
		v := r.IntN(601) - 300
		switch k := r.IntN(10); {
		case k < 4:
			call(churn, "insert", v)
			members[v] = true
		case k < 8:
			call(churn, "remove", v)
			delete(members, v)
		default:
			if len(members) > 0 {
				call(churn, "getRandom")
			}
		}
	}

	return []GenCase{
		done("large-set-many-draws", big),
		done("large-churn-small-range", churn),
	}
}
