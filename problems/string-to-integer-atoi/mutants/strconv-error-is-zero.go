//go:build ignore

package main

import (
	"math"
	"strconv"
)

// Mutant: cuts out the sign and digits, then lets strconv.Atoi parse them;
// when the number does not fit in 64 bits Atoi fails, and the mutant returns
// 0 instead of the clamped bound.
func myAtoi(s string) int {
	i := 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	start := i
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	v, err := strconv.Atoi(s[start:i])
	if err != nil {
		return 0
	}
	return max(math.MinInt32, min(math.MaxInt32, v))
}
