//go:build ignore

package main

// Mutant: compares the counts before sliding the window each time, so the
// last window of s2 is never compared.
func checkInclusion(s1 string, s2 string) bool {
	m := len(s1)
	if m > len(s2) {
		return false
	}
	var need, have [26]int
	for i := range m {
		need[s1[i]-'a']++
		have[s2[i]-'a']++
	}
	for i := m; i < len(s2); i++ {
		if need == have {
			return true
		}
		have[s2[i]-'a']++
		have[s2[i-m]-'a']--
	}
	return false
}
