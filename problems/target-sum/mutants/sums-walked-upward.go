//go:build ignore

package main

// Mutant: walks the sums upward in the subset count, so a number can build
// on a sum it has just made and is used more than once.
func findTargetSumWays(nums []int, target int) int {
	sum := 0
	for _, v := range nums {
		sum += v
	}
	if target > sum || target < -sum || (sum+target)%2 != 0 {
		return 0
	}
	want := (sum + target) / 2
	ways := make([]int, want+1)
	ways[0] = 1
	for _, v := range nums {
		for s := v; s <= want; s++ {
			ways[s] += ways[s-v]
		}
	}
	return ways[want]
}
