//go:build ignore

package main

// Mutant: starts a fresh window at every position and extends it while it
// stays fixable; correct, but O(n^2) when the runs are long.
// verdict: time_limit_exceeded
func characterReplacement(s string, k int) int {
	best := 0
	for i := range len(s) {
		var count [26]int
		most := 0
		for j := i; j < len(s); j++ {
			c := s[j] - 'A'
			count[c]++
			most = max(most, count[c])
			if j-i+1-most > k {
				break
			}
			best = max(best, j-i+1)
		}
	}
	return best
}
