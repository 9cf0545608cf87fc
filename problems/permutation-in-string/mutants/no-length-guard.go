//go:build ignore

package main

// Mutant: counts the first len(s1) letters of s2 without checking that s2 is
// that long, and crashes when s1 is the longer string.
func checkInclusion(s1 string, s2 string) bool {
	m := len(s1)
	var need, have [26]int
	for i := range m {
		need[s1[i]-'a']++
		have[s2[i]-'a']++
	}
	if need == have {
		return true
	}
	for i := m; i < len(s2); i++ {
		have[s2[i]-'a']++
		have[s2[i-m]-'a']--
		if need == have {
			return true
		}
	}
	return false
}
