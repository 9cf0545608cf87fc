//go:build ignore

package main

// Mutant: accepts two prefixes one position apart, so a single element
// that is a multiple of k (or a lone zero) counts as a stretch.
// verdict: wrong_answer
func checkSubarraySum(nums []int, k int) bool {
	first := map[int]int{0: -1}
	rem := 0
	for i, v := range nums {
		rem = (rem + v) % k
		if _, ok := first[rem]; ok {
			return true
		}
		first[rem] = i
	}
	return false
}
