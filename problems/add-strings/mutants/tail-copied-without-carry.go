//go:build ignore

package main

// Mutant: adds the columns the two numbers share, then copies the rest of
// the longer number unchanged, so a carry out of the shared part is added
// once at the front instead of running through the copied digits
// (9999 + 1 gives 19990 instead of 10000).
func addStrings(num1 string, num2 string) string {
	if len(num1) < len(num2) {
		num1, num2 = num2, num1
	}
	out := []byte(num1)
	carry := 0
	for j := len(num2) - 1; j >= 0; j-- {
		i := len(num1) - len(num2) + j
		sum := int(num1[i]-'0') + int(num2[j]-'0') + carry
		out[i] = byte('0' + sum%10)
		carry = sum / 10
	}
	if carry > 0 {
		out = append([]byte{'1'}, out...)
	}
	return string(out)
}
