//go:build ignore

package main

// checkSubarraySum remembers, for each remainder of a prefix sum modulo k,
// the earliest position where it appeared. Two prefixes with the same
// remainder enclose a sum that is a multiple of k; it has at least two
// elements when the positions are two or more apart.
func checkSubarraySum(nums []int, k int) bool {
	first := map[int]int{0: -1} // the empty prefix ends before index 0
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
