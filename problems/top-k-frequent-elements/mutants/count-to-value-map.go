//go:build ignore

package main

// Mutant: inverts the counts into a map from count to value, so values that
// share a count overwrite each other and all but one of them are lost.
func topKFrequent(nums []int, k int) []int {
	count := make(map[int]int)
	for _, v := range nums {
		count[v]++
	}
	byCount := make(map[int]int)
	for v, c := range count {
		byCount[c] = v
	}
	var res []int
	for c := len(nums); c > 0 && len(res) < k; c-- {
		if v, ok := byCount[c]; ok {
			res = append(res, v)
		}
	}
	return res
}
