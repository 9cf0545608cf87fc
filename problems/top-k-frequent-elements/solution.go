//go:build ignore

package main

// topKFrequent counts each value, then files the values into buckets indexed
// by their count (a count is at most len(nums)) and reads the buckets from
// the highest count down until k values are taken: O(n).
func topKFrequent(nums []int, k int) []int {
	count := make(map[int]int)
	for _, v := range nums {
		count[v]++
	}
	buckets := make([][]int, len(nums)+1)
	for v, c := range count {
		buckets[c] = append(buckets[c], v)
	}
	res := make([]int, 0, k)
	for c := len(nums); c > 0 && len(res) < k; c-- {
		res = append(res, buckets[c]...)
	}
	return res[:k]
}
