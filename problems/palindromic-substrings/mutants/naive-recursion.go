//go:build ignore

package main

// Mutant: counts the palindromes inside s[i..j] by inclusion and exclusion,
// from s[i+1..j], s[i..j-1] and s[i+1..j-1], without memoization: three
// calls per range, about 3^n calls in all.
// verdict: time_limit_exceeded
func countSubstrings(s string) int {
	isPal := func(i, j int) bool {
		for ; i < j; i, j = i+1, j-1 {
			if s[i] != s[j] {
				return false
			}
		}
		return true
	}
	var count func(i, j int) int
	count = func(i, j int) int {
		if i > j {
			return 0
		}
		if i == j {
			return 1
		}
		n := count(i+1, j) + count(i, j-1) - count(i+1, j-1)
		if isPal(i, j) {
			n++
		}
		return n
	}
	return count(0, len(s)-1)
}
