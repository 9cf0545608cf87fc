//go:build ignore

package main

// Mutant: records the latest position of each remainder instead of the
// earliest, so after a zero the distance to an older equal prefix is lost.
// verdict: wrong_answer
func checkSubarraySum(nums []int, k int) bool {
	last := map[int]int{0: -1}
	rem := 0
	for i, v := range nums {
		rem = (rem + v) % k
		if j, ok := last[rem]; ok && i-j >= 2 {
			return true
		}
		last[rem] = i
	}
	return false
}
