//go:build ignore

package main

// Mutant: counting sort over the value range, but it indexes the counts by
// the value itself, forgetting the offset that negative values need.
func findKthLargest(nums []int, k int) int {
	count := make([]int, 20001)
	for _, v := range nums {
		count[v]++
	}
	for v := 10000; v >= 0; v-- {
		k -= count[v]
		if k <= 0 {
			return v
		}
	}
	return 0
}
