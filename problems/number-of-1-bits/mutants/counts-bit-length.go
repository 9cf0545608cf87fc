//go:build ignore

package main

// Mutant: counts how many times n can be halved, which is the length of
// its binary form, not the number of ones in it.
func hammingWeight(n int) int {
	count := 0
	for n > 0 {
		n /= 2
		count++
	}
	return count
}
