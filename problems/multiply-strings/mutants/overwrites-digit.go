//go:build ignore

package main

// Mutant: settles carries as it goes but overwrites the digit already stored
// at position i+j+1 with the new product's last digit instead of adding the
// two.
func multiply(num1 string, num2 string) string {
	m, n := len(num1), len(num2)
	pos := make([]int, m+n)
	for i := m - 1; i >= 0; i-- {
		for j := n - 1; j >= 0; j-- {
			mul := int(num1[i]-'0') * int(num2[j]-'0')
			pos[i+j] += mul / 10
			pos[i+j+1] = mul % 10
		}
	}
	for k := m + n - 1; k > 0; k-- {
		pos[k-1] += pos[k] / 10
		pos[k] %= 10
	}
	start := 0
	for start < len(pos)-1 && pos[start] == 0 {
		start++
	}
	out := make([]byte, 0, len(pos)-start)
	for _, d := range pos[start:] {
		out = append(out, byte('0'+d))
	}
	return string(out)
}
