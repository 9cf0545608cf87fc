//go:build ignore

package main

// Mutant: counts s up, then counts t down and fails only when a count goes
// negative, so a t that is a strict part of s ("ab" vs "a") passes.
func isAnagram(s string, t string) bool {
	count := map[rune]int{}
	for _, c := range s {
		count[c]++
	}
	for _, c := range t {
		count[c]--
		if count[c] < 0 {
			return false
		}
	}
	return true
}
