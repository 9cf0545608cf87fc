//go:build ignore

package main

// Mutant: runs 31 rounds, as if the top bit were a sign bit to leave
// alone, so every bit lands one place too low and bit 31 of num is lost.
func reverseBits(num uint32) uint32 {
	var res uint32
	for i := 0; i < 31; i++ {
		res = res<<1 | num&1
		num >>= 1
	}
	return res
}
