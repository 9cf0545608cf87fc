//go:build ignore

package main

// Mutant: divides the total product by each element and treats zeros
// specially, but assumes at most one zero: with two zeros, each zero's slot
// gets the product of the non-zero elements instead of 0.
func productExceptSelf(nums []int) []int {
	nonZero := 1
	hasZero := false
	for _, v := range nums {
		if v == 0 {
			hasZero = true
		} else {
			nonZero *= v
		}
	}
	answer := make([]int, len(nums))
	for i, v := range nums {
		switch {
		case v == 0:
			answer[i] = nonZero
		case hasZero:
			answer[i] = 0
		default:
			answer[i] = nonZero / v
		}
	}
	return answer
}
