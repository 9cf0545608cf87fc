//go:build ignore

package main

// Mutant: stops when both numbers run out and forgets a carry left over from
// the most significant column, so 999 + 1 comes out as 000.
//
// No time_limit_exceeded mutant: prepending each digit to a string costs
// O(n^2) byte copies, but at 10^4 digits that is a few milliseconds, well
// inside any limit, so no slower class fails reliably at these limits.
func addStrings(num1 string, num2 string) string {
	out := make([]byte, max(len(num1), len(num2)))
	i, j, carry := len(num1)-1, len(num2)-1, 0
	for k := len(out) - 1; k >= 0; k-- {
		sum := carry
		if i >= 0 {
			sum += int(num1[i] - '0')
			i--
		}
		if j >= 0 {
			sum += int(num2[j] - '0')
			j--
		}
		out[k] = byte('0' + sum%10)
		carry = sum / 10
	}
	return string(out)
}
