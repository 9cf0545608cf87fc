//go:build ignore

package main

// hammingWeight clears the lowest set bit of n (n & (n-1)) until nothing is
// left; the number of rounds is the number of set bits, at most 31.
func hammingWeight(n int) int {
	count := 0
	for n != 0 {
		n &= n - 1
		count++
	}
	return count
}
