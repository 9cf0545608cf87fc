//go:build ignore

package main

// Mutant: shifts while n > 1 instead of n > 0, so the highest set bit is
// never counted.
func hammingWeight(n int) int {
	count := 0
	for n > 1 {
		count += n & 1
		n >>= 1
	}
	return count
}
