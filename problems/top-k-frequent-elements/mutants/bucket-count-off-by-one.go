//go:build ignore

package main

// Mutant: bucket sort by count with only len(nums) buckets, so a value that
// fills the whole array (count == len(nums)) indexes past the end.
func topKFrequent(nums []int, k int) []int {
	count := make(map[int]int)
	for _, v := range nums {
		count[v]++
	}
	buckets := make([][]int, len(nums))
	for v, c := range count {
		buckets[c] = append(buckets[c], v)
	}
	var res []int
	for c := len(nums) - 1; c > 0 && len(res) < k; c-- {
		res = append(res, buckets[c]...)
	}
	return res
}
