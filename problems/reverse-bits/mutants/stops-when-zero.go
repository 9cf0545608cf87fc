//go:build ignore

package main

// Mutant: loops while num > 0 instead of exactly 32 times, so it reverses
// only the significant bits: the leading zeros of num never become the
// trailing zeros of the answer (1 comes back as 1, not 2^31).
// No time-limit mutant: the work is 32 steps whatever the value.
func reverseBits(num uint32) uint32 {
	var res uint32
	for num > 0 {
		res = res<<1 | num&1
		num >>= 1
	}
	return res
}
