//go:build ignore

package main

// singleNumber looks, for each position, for another position holding the
// same value; the first value with no such partner is the answer.
func singleNumber(nums []int) int {
	for i, v := range nums {
		partner := false
		for j, w := range nums {
			if j != i && w == v {
				partner = true
				break
			}
		}
		if !partner {
			return v
		}
	}
	panic("every value has a partner")
}
