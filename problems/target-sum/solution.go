//go:build ignore

package main

// findTargetSumWays turns the signs into a subset-sum count. If the numbers
// with a plus sign add up to P and the rest to M, then P + M = sum and
// P - M = target, so P = (sum + target) / 2. Count the subsets adding up to P
// with a table over sums, walked downward so that each number is used at
// most once.
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
		for s := want; s >= v; s-- {
			ways[s] += ways[s-v]
		}
	}
	return ways[want]
}
