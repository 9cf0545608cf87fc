//go:build ignore

package main

// Mutant: returns a ^ b, the column sums without any carry, which is right
// only when a and b share no set bit.
func getSum(a int, b int) int {
	return a ^ b
}
