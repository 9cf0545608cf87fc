//go:build ignore

package main

// Mutant: for every position multiplies all the other elements again,
// O(n^2) time; far too slow at n = 10^5.
// verdict: time_limit_exceeded
func productExceptSelf(nums []int) []int {
	answer := make([]int, len(nums))
	for i := range nums {
		p := 1
		for j, v := range nums {
			if j != i {
				p *= v
			}
		}
		answer[i] = p
	}
	return answer
}
