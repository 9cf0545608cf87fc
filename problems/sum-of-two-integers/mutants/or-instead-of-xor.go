//go:build ignore

package main

// Mutant: takes a | b as the carry-free sum; a column where both bits are 1
// keeps its 1 there while also sending a carry, so that column is counted
// twice.
func getSum(a int, b int) int {
	for b != 0 {
		carry := (a & b) << 1
		a |= b
		b = carry
	}
	return a
}
