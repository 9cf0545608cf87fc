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

// sized builds n calls after the constructor: n/2 inserts of distinct values
// spread over the whole 32-bit range, then rounds of two getRandom calls, a
// remove of a random member and an insert of a new value, so about n/2
// values stay in the set. The slice and the map make every call O(1) on
// average; a getRandom that walks all members costs O(n) per draw.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(380, uint64(n)))
	genVal := func(i int) int {
		// Multiplying by an odd constant permutes the 32-bit values.
		return int(uint32(i)*2654435761) - 1<<31
	}
	ops := make([]string, 1, n+1)
	args := make([][]int, 1, n+1)
	ops[0], args[0] = "RandomizedSet", []int{}
	var members []int
	next := 0
	insert := func() {
		v := genVal(next)
		next++
		members = append(members, v)
		ops = append(ops, "insert")
		args = append(args, []int{v})
	}
	for len(ops) <= n/2 {
		insert()
	}
	for k := 0; len(ops) <= n; k++ {
		switch k % 4 {
		case 0, 1:
			ops = append(ops, "getRandom")
			args = append(args, []int{})
		case 2:
			i := r.IntN(len(members))
			v := members[i]
			members[i] = members[len(members)-1]
			members = members[:len(members)-1]
			ops = append(ops, "remove")
			args = append(args, []int{v})
		default:
			insert()
		}
	}
	return map[string]any{"operations": ops, "arguments": args}
}
