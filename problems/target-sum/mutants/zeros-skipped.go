//go:build ignore

package main

// Mutant: skips zeros because they cannot change the sum, forgetting that
// +0 and -0 are two different sign choices, which doubles the count.
func findTargetSumWays(nums []int, target int) int {
	ways := map[int]int{0: 1}
	for _, v := range nums {
		if v == 0 {
			continue
		}
		next := map[int]int{}
		for s, c := range ways {
			next[s+v] += c
			next[s-v] += c
		}
		ways = next
	}
	return ways[target]
}
