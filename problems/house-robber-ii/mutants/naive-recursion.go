//go:build ignore

package main

// Mutant: recursion over "rob this house or skip it", remembering whether the
// first house was robbed, but without memoization; the call tree grows like
// the Fibonacci numbers, hopeless at 100 houses.
// verdict: time_limit_exceeded
func rob(nums []int) int {
	n := len(nums)
	if n == 1 {
		return nums[0]
	}
	var from func(i int, tookFirst bool) int
	from = func(i int, tookFirst bool) int {
		if i >= n || (i == n-1 && tookFirst) {
			return 0
		}
		return max(from(i+1, tookFirst), nums[i]+from(i+2, tookFirst))
	}
	return max(from(1, false), nums[0]+from(2, true))
}
