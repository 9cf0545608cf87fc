//go:build ignore

package main

import "math/rand/v2"

const genN = 10000

// genTwos is n-3 twos followed by 1, 0, 1: every index up to n-2 is
// reachable in many ways, the last one never, so a search that tries paths
// walks Fibonacci-many of them before giving up.
func genTwos(n int) []int {
	nums := make([]int, n)
	for i := range nums {
		nums[i] = 2
	}
	nums[n-3], nums[n-2], nums[n-1] = 1, 0, 1
	return nums
}

// generate builds arrays of the maximum length: the unreachable run of twos,
// a staircase whose every step lands on the same zero, jumps of the maximum
// length, all ones, and random short jumps whose zeros a longer jump must
// clear.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(11, 13))
	stairs := make([]int, genN)
	for i := range stairs {
		stairs[i] = max(genN-2-i, 0)
	}
	stairs[genN-1] = 7
	maxed := make([]int, genN)
	ones := make([]int, genN)
	for i := range maxed {
		maxed[i] = 100000
		ones[i] = 1
	}
	random := make([]int, genN)
	for i := range random {
		random[i] = r.IntN(4) // zeros are common; reach must carry past them
	}
	random[0] = 3
	blocked := make([]int, genN)
	for i := range blocked {
		blocked[i] = 1 + r.IntN(3)
	}
	// A wall of zeros wider than any jump, near the end.
	for i := genN - 10; i < genN-5; i++ {
		blocked[i] = 0
	}
	for i := genN - 14; i < genN-10; i++ {
		blocked[i] = 1
	}
	return []GenCase{
		{Name: "large-unreachable-twos", Input: map[string]any{"nums": genTwos(genN)}},
		{Name: "large-staircase-to-zero", Input: map[string]any{"nums": stairs}},
		{Name: "large-max-jumps", Input: map[string]any{"nums": maxed}},
		{Name: "large-all-ones", Input: map[string]any{"nums": ones}},
		{Name: "large-random-short-jumps", Input: map[string]any{"nums": random}},
		{Name: "large-wall-near-end", Input: map[string]any{"nums": blocked}},
	}
}

// sized is the run of twos ending in 1, 0, 1: the reference scans it all,
// and a path search explores exponentially many routes to the zero.
func sized(n int) map[string]any {
	return map[string]any{"nums": genTwos(max(n, 3))}
}
