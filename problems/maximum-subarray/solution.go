//go:build ignore

package main

// maxSubArray is Kadane's algorithm: the best run ending at each position
// either extends the best run ending just before it or starts afresh there,
// whichever is larger. The answer is the best of those runs.
func maxSubArray(nums []int) int {
	cur, best := nums[0], nums[0]
	for _, v := range nums[1:] {
		cur = max(cur+v, v)
		best = max(best, cur)
	}
	return best
}
