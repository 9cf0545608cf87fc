//go:build ignore

package main

// reverseBits moves the bits of num one at a time onto the answer: each
// round shifts the answer left to make room and copies the lowest bit of
// num into it, then drops that bit from num. Exactly 32 rounds, so the
// zeros at the top of num land at the bottom of the answer.
func reverseBits(num uint32) uint32 {
	var res uint32
	for i := 0; i < 32; i++ {
		res = res<<1 | num&1
		num >>= 1
	}
	return res
}
