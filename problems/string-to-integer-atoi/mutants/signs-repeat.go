//go:build ignore

package main

import "math"

// Mutant: skips spaces and signs in any mix before the digits, flipping the
// sign at each '-', so "+-12" gives -12 and "- 7" gives -7 where the digits
// must follow a single sign directly (both are 0).
func myAtoi(s string) int {
	i, sign := 0, 1
	for i < len(s) && (s[i] == ' ' || s[i] == '+' || s[i] == '-') {
		if s[i] == '-' {
			sign = -sign
		}
		i++
	}
	value := 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		value = value*10 + int(s[i]-'0')
		if sign*value > math.MaxInt32 {
			return math.MaxInt32
		}
		if sign*value < math.MinInt32 {
			return math.MinInt32
		}
	}
	return sign * value
}
