//go:build ignore

package main

// Mutant: strips every leading zero, so a product of zero comes back as the
// empty string instead of "0".
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
	start := 0
	for start < len(sums) && sums[start] == 0 {
		start++
	}
	out := make([]byte, 0, len(sums)-start)
	for _, d := range sums[start:] {
		out = append(out, byte('0'+d))
	}
	return string(out)
}
