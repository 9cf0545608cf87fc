//go:build ignore

package main

// Mutant: never checks that sum + target is even, so the halving rounds down
// and counts subsets for a plus-group total that cannot give the target.
func findTargetSumWays(nums []int, target int) int {
	sum := 0
	for _, v := range nums {
		sum += v
	}
	if target > sum || target < -sum {
		return 0
	}
	want := (sum + target) / 2
	ways := make([]int, want+1)
	ways[0] = 1
	for _, v := range nums {
		for s := want; s >= v; s-- {
			ways[s] += ways[s-v]
		}
	}
	return ways[want]
}
