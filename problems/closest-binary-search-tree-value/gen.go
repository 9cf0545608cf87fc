//go:build ignore

package main

import (
	"math/rand/v2"
	"sort"
)

// genValues makes n distinct sorted values in [0, 10^9].
func genValues(r *rand.Rand, n int) []int {
	seen := map[int]bool{}
	vals := make([]int, 0, n)
	for len(vals) < n {
		v := r.IntN(1_000_000_001)
		if !seen[v] {
			seen[v] = true
			vals = append(vals, v)
		}
	}
	sort.Ints(vals)
	return vals
}

// generate builds search trees of the maximum 10^4 nodes: chains (the
// longest search paths), a complete tree and a random one, with targets
// beyond either end, exactly halfway between two neighbouring values (a tie
// that must go to the smaller), just past a value, and equal to a value.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(270, 10000))
	const n = 10_000
	input := func(t *genTree, target float64) map[string]any {
		return map[string]any{"root": t.genLevelOrder(), "target": target}
	}
	// A tie exactly halfway: neighbours an odd distance apart.
	half := func(vals []int) float64 {
		for {
			i := r.IntN(len(vals) - 1)
			if (vals[i+1]-vals[i])%2 == 1 {
				return float64(vals[i]) + float64(vals[i+1]-vals[i])/2
			}
		}
	}

	right := genValues(r, n)
	left := genValues(r, n)
	zig := genValues(r, n)
	full := genValues(r, n)
	random := genValues(r, n)
	random2 := genValues(r, n)
	return []GenCase{
		{Name: "large-right-chain-above-all", Input: input(genChain(n, 1).genInorder(right), 1e9)},
		{Name: "large-left-chain-below-all", Input: input(genChain(n, 0).genInorder(left), -1e9)},
		{Name: "large-zigzag-halfway-tie", Input: input(genChain(n, 2).genInorder(zig), half(zig))},
		{Name: "large-complete-halfway-tie", Input: input(genComplete(n).genInorder(full), half(full))},
		{Name: "large-complete-just-past", Input: input(genComplete(n).genInorder(full), float64(full[n/3])+0.25)},
		{Name: "large-random-exact", Input: input(genRandomBST(r, random), float64(random[r.IntN(n)]))},
		{Name: "large-random-halfway-tie", Input: input(genRandomBST(r, random2), half(random2))},
	}
}

// sized is a right-leaning chain of n nodes holding 0..n-1 and a target past
// the deepest value, so the search path is the whole tree.
func sized(n int) map[string]any {
	vals := make([]int, n)
	for i := range vals {
		vals[i] = i
	}
	return map[string]any{"root": genChain(n, 1).genInorder(vals).genLevelOrder(), "target": float64(n) + 0.5}
}
