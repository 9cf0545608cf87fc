//go:build ignore

package main

func reverseBits(num uint32) uint32 {
	return 0
}
