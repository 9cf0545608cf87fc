//go:build ignore

package main

// countSubstrings builds every substring, reverses it, and counts those
// equal to their reverse.
func countSubstrings(s string) int {
	count := 0
	for i := 0; i < len(s); i++ {
		for j := i + 1; j <= len(s); j++ {
			sub := []byte(s[i:j])
			rev := make([]byte, len(sub))
			for k := range sub {
				rev[len(sub)-1-k] = sub[k]
			}
			if string(rev) == string(sub) {
				count++
			}
		}
	}
	return count
}
