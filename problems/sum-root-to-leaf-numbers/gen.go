//go:build ignore

package main

import "math/rand/v2"

// genDepthLimited grows a random tree of n nodes no deeper than maxDepth:
// each new node hangs from a random free child slot of a node above the
// last level.
func genDepthLimited(r *rand.Rand, n, maxDepth int) *genTree {
	t := genNewTree(n)
	depth := make([]int, n)
	depth[0] = 1
	type slot struct{ parent, side int }
	var free []slot
	if maxDepth > 1 {
		free = []slot{{0, 0}, {0, 1}}
	}
	for i := 1; i < n; i++ {
		k := r.IntN(len(free))
		s := free[k]
		free[k] = free[len(free)-1]
		free = free[:len(free)-1]
		if s.side == 0 {
			t.left[s.parent] = i
		} else {
			t.right[s.parent] = i
		}
		depth[i] = depth[s.parent] + 1
		if depth[i] < maxDepth {
			free = append(free, slot{i, 0}, slot{i, 1})
		}
	}
	return t
}

// genDigits gives every node a random digit, but zeros on the levels down to
// zeroDepth, so that the sum stays within 32 bits.
func genDigits(r *rand.Rand, t *genTree, zeroDepth int) *genTree {
	var set func(i, d int)
	set = func(i, d int) {
		if i < 0 {
			return
		}
		if d <= zeroDepth {
			t.val[i] = 0
		} else {
			t.val[i] = r.IntN(10)
		}
		set(t.left[i], d+1)
		set(t.right[i], d+1)
	}
	set(0, 1)
	return t
}

// generate builds the largest trees the limits allow, 1000 nodes at most 10
// deep: complete, random shapes grown under the depth limit, all zeros, and a
// comb of nines whose sum comes close to the 32-bit limit. The top levels of the
// wide trees are zeros, so their leaves spell numbers of at most six digits
// and the sum fits in 32 bits, as the statement promises.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(129, 10))
	const n = 1000
	// Nines: a right chain of nine with a one-node left arm on each of the
	// first eight, leaves at depths 2 to 9: the sum is 2111111091, close to
	// the 32-bit limit.
	nines := genNewTree(17)
	for i := 0; i < 8; i++ {
		nines.right[i] = i + 1
		nines.left[i] = 9 + i
	}
	for i := range nines.val {
		nines.val[i] = 9
	}
	return []GenCase{
		{Name: "large-complete", Input: map[string]any{"root": genDigits(r, genComplete(n), 4).genLevelOrder()}},
		{Name: "large-random-shape-1", Input: map[string]any{"root": genDigits(r, genDepthLimited(r, n, 10), 4).genLevelOrder()}},
		{Name: "large-random-shape-2", Input: map[string]any{"root": genDigits(r, genDepthLimited(r, n, 10), 4).genLevelOrder()}},
		{Name: "large-complete-all-zero", Input: map[string]any{"root": genComplete(n).genLevelOrder()}},
		{Name: "large-all-nines-comb", Input: map[string]any{"root": nines.genLevelOrder()}},
	}
}

// sized is a complete tree of n nodes with random digits. Past 1000 nodes
// the numbers grow past 64 bits and the sum wraps around; it only measures.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(129, uint64(n)))
	return map[string]any{"root": genComplete(n).genRandomValues(r, 0, 9).genLevelOrder()}
}
