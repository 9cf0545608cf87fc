//go:build ignore

package main

// Mutant: copies the bit first and shifts the answer afterwards, so the
// answer is shifted once too often: the bit from position 0 falls off the
// top and bit 0 of the answer is always 0.
func reverseBits(num uint32) uint32 {
	var res uint32
	for i := 0; i < 32; i++ {
		res |= num & 1
		res <<= 1
		num >>= 1
	}
	return res
}
