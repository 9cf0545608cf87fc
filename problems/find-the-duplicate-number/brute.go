//go:build ignore

package main

// findDuplicate tries every candidate value v from 1 to n and counts its
// copies with a full scan; the first value seen more than once is the answer.
func findDuplicate(nums []int) int {
	for v := 1; v < len(nums); v++ {
		count := 0
		for _, x := range nums {
			if x == v {
				count++
			}
		}
		if count > 1 {
			return v
		}
	}
	return -1
}
