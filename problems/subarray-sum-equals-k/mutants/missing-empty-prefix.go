//go:build ignore

package main

// Mutant: forgets to seed the map with the empty prefix, so stretches that
// start at index 0 are never counted.
func subarraySum(nums []int, k int) int {
	seen := map[int]int{}
	count, sum := 0, 0
	for _, v := range nums {
		sum += v
		count += seen[sum-k]
		seen[sum]++
	}
	return count
}
