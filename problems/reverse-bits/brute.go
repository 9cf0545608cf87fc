//go:build ignore

package main

import (
	"fmt"
	"strconv"
)

// reverseBits writes num as 32 binary digits, reverses the text and parses
// it back.
func reverseBits(num uint32) uint32 {
	s := []byte(fmt.Sprintf("%032b", num))
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
	v, err := strconv.ParseUint(string(s), 2, 32)
	if err != nil {
		panic(err)
	}
	return uint32(v)
}
