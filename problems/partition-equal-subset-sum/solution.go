//go:build ignore

package main

// canPartition asks whether some subset adds up to half the total. reach[t]
// records whether a subset of the numbers seen so far sums to t; each number
// extends the reachable sums, walking t downwards so that it is used at most
// once.
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
		for t := half; t >= v; t-- {
			if reach[t-v] {
				reach[t] = true
			}
		}
		if reach[half] {
			return true
		}
	}
	return reach[half]
}
