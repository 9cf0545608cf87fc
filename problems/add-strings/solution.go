//go:build ignore

package main

// addStrings adds column by column from the last digits, as on paper,
// writing the digits of the sum into a buffer from its end. The sum is at
// most one digit longer than the longer addend.
func addStrings(num1 string, num2 string) string {
	out := make([]byte, max(len(num1), len(num2))+1)
	i, j, k, carry := len(num1)-1, len(num2)-1, len(out)-1, 0
	for ; i >= 0 || j >= 0 || carry > 0; k-- {
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
	return string(out[k+1:])
}
