//go:build ignore

package main

// Mutant: returns the longest common substring of s and its reverse without
// checking that the match sits at mirrored positions, so a piece that merely
// appears reversed elsewhere ("abcd ... dcba") wins although it is no
// palindrome.
func longestPalindrome(s string) string {
	n := len(s)
	rev := make([]byte, n)
	for i := range n {
		rev[i] = s[n-1-i]
	}
	// run[i][j]: length of the common run ending at s[i-1] and rev[j-1].
	run := make([][]int, n+1)
	for i := range run {
		run[i] = make([]int, n+1)
	}
	best, end := 0, 0
	for i := 1; i <= n; i++ {
		for j := 1; j <= n; j++ {
			if s[i-1] == rev[j-1] {
				run[i][j] = run[i-1][j-1] + 1
				if run[i][j] > best {
					best, end = run[i][j], i
				}
			}
		}
	}
	return s[end-best : end]
}
