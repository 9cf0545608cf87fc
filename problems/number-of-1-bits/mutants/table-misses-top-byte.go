//go:build ignore

package main

// Mutant: looks up a 256-entry table for the low three bytes only, as if
// the input had 24 bits; set bits in the top byte are lost.
func hammingWeight(n int) int {
	var table [256]int
	for i := 1; i < 256; i++ {
		table[i] = table[i>>1] + i&1
	}
	return table[n&0xff] + table[(n>>8)&0xff] + table[(n>>16)&0xff]
}
