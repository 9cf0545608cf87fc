//go:build ignore

package main

// multiply is schoolbook multiplication. The product of num1[i] and num2[j]
// belongs at position i+j+1 of an (m+n)-digit result, counted from the left;
// all products are summed there first, then one sweep from the right turns
// the sums into digits and carries. Leading zeros are dropped, keeping one.
func multiply(num1 string, num2 string) string {
	m, n := len(num1), len(num2)
	sums := make([]int, m+n)
	for i := m - 1; i >= 0; i-- {
		a := int(num1[i] - '0')
		for j := n - 1; j >= 0; j-- {
			sums[i+j+1] += a * int(num2[j]-'0')
		}
	}
	for k := m + n - 1; k > 0; k-- {
		sums[k-1] += sums[k] / 10
		sums[k] %= 10
	}
	start := 0
	for start < len(sums)-1 && sums[start] == 0 {
		start++
	}
	out := make([]byte, 0, len(sums)-start)
	for _, d := range sums[start:] {
		out = append(out, byte('0'+d))
	}
	return string(out)
}
