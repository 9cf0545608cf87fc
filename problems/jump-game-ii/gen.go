//go:build ignore

package main

import "math/rand/v2"

const genN = 10000

// genShort is n random jumps of 1 to 3 cells: a long route with many
// branches, so a search over every path never finishes.
func genShort(seed uint64, n int) []int {
	r := rand.New(rand.NewPCG(seed, 5))
	nums := make([]int, n)
	for i := range nums {
		nums[i] = 1 + r.IntN(3)
	}
	return nums
}

// generate builds tracks of the maximum length: short random jumps, all
// ones (the longest answer), the maximum jump everywhere, random values
// with zeros that an earlier jump always clears, and a track where the
// longest jump from each landing cell is a poor choice.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(3, 7))
	ones := make([]int, genN)
	maxed := make([]int, genN)
	for i := range ones {
		ones[i] = 1
		maxed[i] = 1000
	}
	zeros := make([]int, genN)
	furthest := 0
	for i := range zeros {
		if r.IntN(3) == 0 {
			zeros[i] = 0
		} else {
			zeros[i] = r.IntN(1001)
		}
		if i < genN-1 && furthest <= i && i+zeros[i] <= i {
			zeros[i] = 1 // keep the end reachable
		}
		furthest = max(furthest, i+zeros[i])
	}
	// Cells of value 10 each followed by nine ones and a cell of value 12:
	// jumping the full 10 lands on a one, stopping at the 12 goes further.
	traps := make([]int, genN)
	for i := range traps {
		switch i % 10 {
		case 0:
			traps[i] = 10
		case 9:
			traps[i] = 12
		default:
			traps[i] = 1
		}
	}
	return []GenCase{
		{Name: "large-short-jumps", Input: map[string]any{"nums": genShort(1, genN)}},
		{Name: "large-all-ones", Input: map[string]any{"nums": ones}},
		{Name: "large-max-jumps", Input: map[string]any{"nums": maxed}},
		{Name: "large-random-with-zeros", Input: map[string]any{"nums": zeros}},
		{Name: "large-longest-jump-traps", Input: map[string]any{"nums": traps}},
	}
}

// sized is a track of n random jumps of 1 to 3 cells: linear for the
// reference, exponential for a search over every path.
func sized(n int) map[string]any {
	return map[string]any{"nums": genShort(uint64(n), n)}
}
