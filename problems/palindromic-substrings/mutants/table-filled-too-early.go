//go:build ignore

package main

// Mutant: fills the table pal[i][j] with i going up, so pal[i+1][j-1] is read
// before it is computed and every palindrome longer than two is missed.
func countSubstrings(s string) int {
	n := len(s)
	pal := make([][]bool, n)
	for i := range pal {
		pal[i] = make([]bool, n)
	}
	count := 0
	for i := 0; i < n; i++ {
		for j := i; j < n; j++ {
			if s[i] == s[j] && (j-i < 2 || pal[i+1][j-1]) {
				pal[i][j] = true
				count++
			}
		}
	}
	return count
}
