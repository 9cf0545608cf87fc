//go:build ignore

package main

import (
	"math"
	"strconv"
)

// reverse writes |x| as text, reverses the characters, reads the text back
// as a 64-bit number, restores the sign and checks the 32-bit range.
func reverse(x int) int {
	s := strconv.FormatInt(int64(x), 10)
	neg := s[0] == '-'
	if neg {
		s = s[1:]
	}
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	v, err := strconv.ParseInt(string(b), 10, 64)
	if err != nil {
		panic(err)
	}
	if neg {
		v = -v
	}
	if v < math.MinInt32 || v > math.MaxInt32 {
		return 0
	}
	return int(v)
}
