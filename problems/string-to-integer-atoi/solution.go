//go:build ignore

package main

import "math"

// myAtoi reads the string in phases: leading spaces, one optional sign, then
// digits up to the first non-digit. The value is clamped as soon as it
// passes the 32-bit range, so it never grows past it however many digits
// follow.
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
		if sign*value > math.MaxInt32 {
			return math.MaxInt32
		}
		if sign*value < math.MinInt32 {
			return math.MinInt32
		}
	}
	return sign * value
}
