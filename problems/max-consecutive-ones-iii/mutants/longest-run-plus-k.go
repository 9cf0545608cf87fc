//go:build ignore

package main

// Mutant: takes the longest run of ones and adds k (capped at the length),
// assuming the flips extend that run; flips that join two runs are missed.
// verdict: wrong_answer
func longestOnes(nums []int, k int) int {
	run, longest := 0, 0
	for _, v := range nums {
		if v == 1 {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	return min(longest+k, len(nums))
}
