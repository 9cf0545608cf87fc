//go:build ignore

package main

// Mutant: never checks that the total is even, so with an odd total it looks
// for the rounded-down half and can find it.
func canPartition(nums []int) bool {
	total := 0
	for _, v := range nums {
		total += v
	}
	half := total / 2
	reach := make([]bool, half+1)
	reach[0] = true
	for _, v := range nums {
		for t := half; t >= v; t-- {
			if reach[t-v] {
				reach[t] = true
			}
		}
	}
	return reach[half]
}
