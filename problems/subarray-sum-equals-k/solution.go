//go:build ignore

package main

// subarraySum counts prefix sums as it goes: a stretch ending at the current
// position sums to k exactly when an earlier prefix sum equals the current
// one minus k. The empty prefix (sum 0) is counted once up front.
func subarraySum(nums []int, k int) int {
	seen := map[int]int{0: 1}
	count, sum := 0, 0
	for _, v := range nums {
		sum += v
		count += seen[sum-k]
		seen[sum]++
	}
	return count
}
