//go:build ignore

package main

// checkInclusion slides a window of len(s1) letters along s2, keeping its
// letter counts up to date, and compares them with the counts of s1.
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
