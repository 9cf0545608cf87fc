//go:build ignore

package main

// Mutant: starts reporting once i reaches k instead of k-1, so the first
// window's maximum is missing.
func maxSlidingWindow(nums []int, k int) []int {
	var res []int
	var dq []int
	for i, v := range nums {
		if len(dq) > 0 && dq[0] <= i-k {
			dq = dq[1:]
		}
		for len(dq) > 0 && nums[dq[len(dq)-1]] <= v {
			dq = dq[:len(dq)-1]
		}
		dq = append(dq, i)
		if i >= k {
			res = append(res, nums[dq[0]])
		}
	}
	return res
}
