//go:build ignore

package main

// Mutant: repeats while the carry is positive instead of non-zero, so a
// negative b (or a carry reaching the sign bit) ends the loop too early.
func getSum(a int, b int) int {
	for b > 0 {
		carry := (a & b) << 1
		a ^= b
		b = carry
	}
	return a
}
