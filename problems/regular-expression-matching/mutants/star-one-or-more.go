//go:build ignore

package main

// Mutant: lets x* match one or more copies of x but never zero, so a
// starred element cannot simply be dropped.
func isMatch(s string, p string) bool {
	m, n := len(s), len(p)
	match := make([][]bool, m+1)
	for i := range match {
		match[i] = make([]bool, n+1)
	}
	match[m][n] = true
	for i := m; i >= 0; i-- {
		for j := n - 1; j >= 0; j-- {
			first := i < m && (p[j] == s[i] || p[j] == '.')
			if j+1 < n && p[j+1] == '*' {
				match[i][j] = first && (match[i+1][j] || match[i+1][j+2])
			} else {
				match[i][j] = first && match[i+1][j+1]
			}
		}
	}
	return match[0][0]
}
