//go:build ignore

package main

// Mutant: counts the occurrences of each value with a full scan of the
// array, which is O(n^2): with the lone value last it reads the whole array
// n times.
// verdict: time_limit_exceeded
func singleNumber(nums []int) int {
	for _, v := range nums {
		count := 0
		for _, w := range nums {
			if w == v {
				count++
			}
		}
		if count == 1 {
			return v
		}
	}
	return 0
}
