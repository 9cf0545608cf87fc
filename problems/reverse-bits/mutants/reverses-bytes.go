//go:build ignore

package main

// Mutant: the divide-and-conquer swap stops after swapping the halves and
// the bytes, so it reverses the order of the four bytes but not the bits
// inside each byte.
func reverseBits(num uint32) uint32 {
	num = num>>16 | num<<16
	num = (num&0xFF00FF00)>>8 | (num&0x00FF00FF)<<8
	return num
}
