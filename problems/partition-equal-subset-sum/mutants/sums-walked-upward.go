//go:build ignore

package main

// Mutant: walks the sums upward in the inner loop, so a number can build on
// a sum it has just made and is used more than once ([1,5] "reaches" 3 as
// 1+1+1).
func canPartition(nums []int) bool {
	total := 0
	for _, v := range nums {
		total += v
	}
	if total%2 != 0 {
		return false
	}
	half := total / 2
	reach := make([]bool, half+1)
	reach[0] = true
	for _, v := range nums {
		for t := v; t <= half; t++ {
			if reach[t-v] {
				reach[t] = true
			}
		}
	}
	return reach[half]
}
