//go:build ignore

package main

import "math"

// Mutant: clamps the magnitude to 2^31 - 1 for both signs, so the smallest
// 32-bit value, -2^31, is out of reach: "-2147483648" gives -2147483647.
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
		if value > math.MaxInt32 {
			value = math.MaxInt32
			break
		}
	}
	return sign * value
}
