//go:build ignore

package main

// Mutant: converts the digits to an int, adds 1 and splits the sum back
// into digits; a 64-bit int overflows past 19 digits, and the array may
// hold 100.
func plusOne(digits []int) []int {
	v := 0
	for _, d := range digits {
		v = v*10 + d
	}
	v++
	var rev []int
	for ; v > 0; v /= 10 {
		rev = append(rev, v%10)
	}
	out := make([]int, len(rev))
	for i, d := range rev {
		out[len(rev)-1-i] = d
	}
	return out
}
