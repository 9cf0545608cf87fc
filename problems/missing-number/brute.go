//go:build ignore

package main

// missingNumber tries each candidate 0, 1, ..., n in turn and scans the
// array for it; the first one not found is the answer.
func missingNumber(nums []int) int {
	for k := 0; k <= len(nums); k++ {
		found := false
		for _, v := range nums {
			if v == k {
				found = true
				break
			}
		}
		if !found {
			return k
		}
	}
	panic("nothing is missing")
}
