//go:build ignore

package main

import "strings"

// add sums two decimal strings digit by digit from the right.
func add(a, b string) string {
	var out []byte
	carry := 0
	for i, j := len(a)-1, len(b)-1; i >= 0 || j >= 0 || carry > 0; i, j = i-1, j-1 {
		s := carry
		if i >= 0 {
			s += int(a[i] - '0')
		}
		if j >= 0 {
			s += int(b[j] - '0')
		}
		out = append(out, byte('0'+s%10))
		carry = s / 10
	}
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return string(out)
}

// multiply uses nothing but addition: for each digit d of num2, it adds num1,
// shifted by the digit's place, into the total d times over.
func multiply(num1 string, num2 string) string {
	total := "0"
	for k := range len(num2) {
		shifted := num1 + strings.Repeat("0", len(num2)-1-k)
		for range int(num2[k] - '0') {
			total = add(total, shifted)
		}
	}
	trimmed := strings.TrimLeft(total, "0")
	if trimmed == "" {
		return "0"
	}
	return trimmed
}
