//go:build ignore

package main

// Mutant: increments the last digit and never carries, so a trailing 9
// becomes the "digit" 10.
func plusOne(digits []int) []int {
	digits[len(digits)-1]++
	return digits
}
