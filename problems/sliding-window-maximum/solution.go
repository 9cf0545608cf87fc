//go:build ignore

package main

// maxSlidingWindow keeps a deque of indices whose values strictly decrease
// from front to back. A value with a larger one after it in the window can
// never be a maximum again, so it is dropped; the front is the window's
// maximum.
func maxSlidingWindow(nums []int, k int) []int {
	res := make([]int, 0, len(nums)-k+1)
	dq := make([]int, 0, 2*k) // indices; dq[head:] is the deque
	head := 0
	for i, v := range nums {
		if head < len(dq) && dq[head] <= i-k {
			head++ // the front has left the window
		}
		if head >= k { // move the live part down so the slice stays within 2k
			n := copy(dq, dq[head:])
			dq, head = dq[:n], 0
		}
		for len(dq) > head && nums[dq[len(dq)-1]] <= v {
			dq = dq[:len(dq)-1]
		}
		dq = append(dq, i)
		if i >= k-1 {
			res = append(res, nums[dq[head]])
		}
	}
	return res
}
