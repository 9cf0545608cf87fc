//go:build ignore

package main

// Mutant: carries through the nines correctly but, when every digit was 9,
// returns the zeros without the new leading 1.
func plusOne(digits []int) []int {
	for i := len(digits) - 1; i >= 0; i-- {
		if digits[i] < 9 {
			digits[i]++
			return digits
		}
		digits[i] = 0
	}
	return digits
}
