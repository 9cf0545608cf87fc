//go:build ignore

package main

// Mutant: when a zero would exceed k, starts a fresh window at that zero
// instead of sliding the left end past the earliest zero, so windows that
// overlap the previous one are never tried.
// verdict: wrong_answer
func longestOnes(nums []int, k int) int {
	best, zeros, left := 0, 0, 0
	for right, v := range nums {
		if v == 0 {
			zeros++
		}
		if zeros > k {
			if k == 0 {
				left, zeros = right+1, 0
			} else {
				left, zeros = right, 1
			}
		}
		best = max(best, right-left+1)
	}
	return best
}
