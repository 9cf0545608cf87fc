//go:build ignore

package main

import "math/rand/v2"

// genCaseOf lists t in preorder and in inorder, without recursion.
func genCaseOf(t *genTree) map[string]any {
	var pre, in []int
	for stack := []int{0}; len(stack) > 0; {
		i := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		pre = append(pre, t.val[i])
		for _, c := range [2]int{t.right[i], t.left[i]} {
			if c >= 0 {
				stack = append(stack, c)
			}
		}
	}
	var stack []int
	for i := 0; i >= 0 || len(stack) > 0; {
		for ; i >= 0; i = t.left[i] {
			stack = append(stack, i)
		}
		i = stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		in = append(in, t.val[i])
		i = t.right[i]
	}
	return map[string]any{"preorder": pre, "inorder": in}
}

// genDistinct gives t's nodes distinct random values from [-3000, 3000].
func genDistinct(r *rand.Rand, t *genTree) *genTree {
	for i, v := range r.Perm(6001)[:len(t.val)] {
		t.val[i] = v - 3000
	}
	return t
}

// generate builds trees of the maximum size, 3000 nodes: the three chains,
// where a linear search for each root runs to the far end of its range,
// a complete tree, a random shape and a broom, all with distinct random
// values.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(105, 3))
	const n = 3000
	genCase := func(name string, t *genTree) GenCase {
		return GenCase{Name: name, Input: genCaseOf(genDistinct(r, t))}
	}
	return []GenCase{
		genCase("large-left-chain", genChain(n, 0)),
		genCase("large-right-chain", genChain(n, 1)),
		genCase("large-zigzag-chain", genChain(n, 2)),
		genCase("large-complete", genComplete(n)),
		genCase("large-random-shape", genRandomShape(r, n)),
		genCase("large-broom", genBroom(n, n/2)),
	}
}

// sized builds a zigzag chain of n nodes (n <= 6001) with distinct values:
// each root sits at one end of its inorder range, alternately the left and
// the right, so a linear search for it, from either side, costs about
// n^2/4 steps in all.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(105, uint64(n)))
	return genCaseOf(genDistinct(r, genChain(n, 2)))
}
