//go:build ignore

package main

// Mutant: starts with an empty map, forgetting the empty prefix, so a
// stretch that begins at index 0 is never found.
// verdict: wrong_answer
func checkSubarraySum(nums []int, k int) bool {
	first := map[int]int{}
	rem := 0
	for i, v := range nums {
		rem = (rem + v) % k
		if j, ok := first[rem]; ok {
			if i-j >= 2 {
				return true
			}
		} else {
			first[rem] = i
		}
	}
	return false
}
