//go:build ignore

package main

// Mutant: at the first mismatch, deletes the left letter whenever the next
// one matches the right end, without trying the other side ("abbab").
func validPalindrome(s string) bool {
	i, j := 0, len(s)-1
	deleted := false
	for i < j {
		if s[i] == s[j] {
			i++
			j--
			continue
		}
		if deleted {
			return false
		}
		deleted = true
		if s[i+1] == s[j] {
			i++
		} else {
			j--
		}
	}
	return true
}
