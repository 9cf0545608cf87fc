//go:build ignore

package main

import "math/rand/v2"

const genN = 100000

// genHarmless is n triplets that never overshoot target [2,2,2] but never
// supply its first coordinate: the answer is false, and a search over
// subsets has 2^n of them to rule out.
func genHarmless(n int) [][]int {
	r := rand.New(rand.NewPCG(31, uint64(n)))
	t := make([][]int, n)
	for i := range t {
		t[i] = []int{1, 1 + r.IntN(2), 1 + r.IntN(2)}
	}
	return t
}

// genPoison is n random triplets, each overshooting target in at least one
// coordinate (and often matching it in another), so none may be merged.
func genPoison(r *rand.Rand, n int, target []int) [][]int {
	t := make([][]int, n)
	for i := range t {
		t[i] = []int{1 + r.IntN(1000), 1 + r.IntN(1000), 1 + r.IntN(1000)}
		if r.IntN(2) == 0 {
			k := r.IntN(3)
			t[i][k] = target[k] // a tempting exact match
		}
		k := r.IntN(3)
		if t[i][k] <= target[k] {
			t[i][k] = target[k] + 1 + r.IntN(1000-target[k])
		}
	}
	return t
}

// generate builds lists of the maximum length: harmless triplets that never
// complete the target, random triplets that all overshoot the target (many
// matching it somewhere too) with the three usable pieces at the very end, the same with the last
// piece missing, and triplets at the value limits.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(37, 43))
	target := []int{600, 700, 800}
	late := genPoison(r, genN, target)
	late[genN-3] = []int{600, 1, 1}
	late[genN-2] = []int{1, 700, 1}
	late[genN-1] = []int{1, 1, 800}
	missing := make([][]int, genN)
	for i := range late {
		missing[i] = append([]int(nil), late[i]...)
	}
	missing[genN-1] = []int{1, 1, 799}
	maxed := make([][]int, genN)
	for i := range maxed {
		maxed[i] = []int{1000, 1000, 1000}
	}
	maxed[genN/2] = []int{999, 1000, 1000}
	return []GenCase{
		{Name: "large-harmless-never-complete", Input: map[string]any{"triplets": genHarmless(genN), "target": []int{2, 2, 2}}},
		{Name: "large-pieces-at-end", Input: map[string]any{"triplets": late, "target": target}},
		{Name: "large-last-piece-missing", Input: map[string]any{"triplets": missing, "target": target}},
		{Name: "large-all-overshoot-but-one", Input: map[string]any{"triplets": maxed, "target": []int{999, 1000, 1000}}},
	}
}

// sized is n harmless triplets that never complete target [2,2,2]: linear
// for the reference, 2^n subsets for a search.
func sized(n int) map[string]any {
	return map[string]any{"triplets": genHarmless(n), "target": []int{2, 2, 2}}
}
