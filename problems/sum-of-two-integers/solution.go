//go:build ignore

package main

// getSum adds like a binary adder: a ^ b is the sum of every column without
// its carry, (a & b) << 1 the carries moved to the next column. Repeating
// until no carry is left gives the sum; in 64-bit two's complement a
// negative operand's carries run off the top and the loop ends.
func getSum(a int, b int) int {
	for b != 0 {
		carry := (a & b) << 1
		a ^= b
		b = carry
	}
	return a
}
