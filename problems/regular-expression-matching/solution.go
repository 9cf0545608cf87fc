//go:build ignore

package main

// isMatch fills a table from the ends: match[i][j] says whether the suffix
// s[i:] is matched by the pattern suffix p[j:]. A pattern element followed by
// '*' is either skipped (j+2) or, if it matches s[i], used once while staying
// at j; a plain element must match s[i] and both advance.
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
				match[i][j] = match[i][j+2] || (first && match[i+1][j])
			} else {
				match[i][j] = first && match[i+1][j+1]
			}
		}
	}
	return match[0][0]
}
