//go:build ignore

package main

// plusOne adds the carry from the right: trailing nines turn into zeros,
// and the first digit below 9 goes up by one and ends the work. If every
// digit was 9, the result is 1 followed by as many zeros.
func plusOne(digits []int) []int {
	for i := len(digits) - 1; i >= 0; i-- {
		if digits[i] < 9 {
			digits[i]++
			return digits
		}
		digits[i] = 0
	}
	out := make([]int, len(digits)+1)
	out[0] = 1
	return out
}
