//go:build ignore

package main

import "sort"

// maxSlidingWindow copies every window, sorts the copy, and takes its last
// value.
func maxSlidingWindow(nums []int, k int) []int {
	var res []int
	for start := 0; start+k <= len(nums); start++ {
		w := append([]int(nil), nums[start:start+k]...)
		sort.Ints(w)
		res = append(res, w[k-1])
	}
	return res
}
