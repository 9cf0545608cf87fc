//go:build ignore

package main

// Mutant: for each letter of s, searches t from the start for an unused equal
// letter and marks it used: O(n^2) when the strings share long runs.
func isAnagram(s string, t string) bool {
	if len(s) != len(t) {
		return false
	}
	used := make([]bool, len(t))
	for i := 0; i < len(s); i++ {
		found := false
		for j := 0; j < len(t); j++ {
			if !used[j] && t[j] == s[i] {
				used[j] = true
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
