//go:build ignore

package main

// Mutant: a deque of values rather than indices that also pops equal values
// and evicts its front whenever the leaving value equals it, so with repeated
// maxima the copy still inside the window is thrown out.
func maxSlidingWindow(nums []int, k int) []int {
	res := make([]int, 0, len(nums)-k+1)
	var dq []int
	for i, v := range nums {
		if i >= k && len(dq) > 0 && dq[0] == nums[i-k] {
			dq = dq[1:]
		}
		for len(dq) > 0 && dq[len(dq)-1] <= v {
			dq = dq[:len(dq)-1]
		}
		dq = append(dq, v)
		if i >= k-1 {
			res = append(res, dq[0])
		}
	}
	return res
}
