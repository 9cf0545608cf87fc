//go:build ignore

package main

// Mutant: records the current prefix sum before looking up sum-k; with
// k = 0 it pairs each prefix with itself and counts empty stretches.
func subarraySum(nums []int, k int) int {
	seen := map[int]int{0: 1}
	count, sum := 0, 0
	for _, v := range nums {
		sum += v
		seen[sum]++
		count += seen[sum-k]
	}
	return count
}
