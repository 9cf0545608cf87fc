//go:build ignore

package main

// Mutant: when an element carries a star it compares the letter literally,
// so ".*" only repeats a real '.' and never matches arbitrary letters.
func isMatch(s string, p string) bool {
	m, n := len(s), len(p)
	dp := make([][]bool, m+1)
	for i := range dp {
		dp[i] = make([]bool, n+1)
	}
	dp[0][0] = true
	for j := 2; j <= n; j++ {
		dp[0][j] = p[j-1] == '*' && dp[0][j-2]
	}
	for i := 1; i <= m; i++ {
		for j := 1; j <= n; j++ {
			if p[j-1] == '*' {
				dp[i][j] = dp[i][j-2] || (p[j-2] == s[i-1] && dp[i-1][j])
			} else if p[j-1] == s[i-1] || p[j-1] == '.' {
				dp[i][j] = dp[i-1][j-1]
			}
		}
	}
	return dp[m][n]
}
