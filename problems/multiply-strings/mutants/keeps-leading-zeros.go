//go:build ignore

package main

// Mutant: writes out all m+n positions of the result, keeping the leading
// zero that appears whenever the product has fewer digits.
func multiply(num1 string, num2 string) string {
	m, n := len(num1), len(num2)
	sums := make([]int, m+n)
	for i := m - 1; i >= 0; i-- {
		for j := n - 1; j >= 0; j-- {
			sums[i+j+1] += int(num1[i]-'0') * int(num2[j]-'0')
		}
	}
	for k := m + n - 1; k > 0; k-- {
		sums[k-1] += sums[k] / 10
		sums[k] %= 10
	}
	out := make([]byte, len(sums))
	for k, d := range sums {
		out[k] = byte('0' + d)
	}
	return string(out)
}
