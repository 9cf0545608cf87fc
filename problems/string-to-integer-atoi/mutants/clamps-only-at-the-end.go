//go:build ignore

package main

import "math"

// Mutant: accumulates all the digits in an int and clamps only at the end;
// past 19 digits the 64-bit value wraps around, and the clamp then sees a
// wrong (often negative) number.
//
// No time_limit_exceeded mutant: the string has at most 200 characters, so
// no slower class exists that could fail at these limits.
func myAtoi(s string) int {
	i := 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	sign := 1
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		if s[i] == '-' {
			sign = -1
		}
		i++
	}
	value := 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		value = value*10 + int(s[i]-'0')
	}
	value *= sign
	if value > math.MaxInt32 {
		return math.MaxInt32
	}
	if value < math.MinInt32 {
		return math.MinInt32
	}
	return value
}
