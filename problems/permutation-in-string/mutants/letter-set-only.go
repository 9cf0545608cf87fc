//go:build ignore

package main

// Mutant: compares only which letters a window contains, not how many times
// each, so "abb" passes for "aab".
func checkInclusion(s1 string, s2 string) bool {
	var need [26]bool
	for i := range len(s1) {
		need[s1[i]-'a'] = true
	}
	for i := 0; i+len(s1) <= len(s2); i++ {
		var have [26]bool
		for j := i; j < i+len(s1); j++ {
			have[s2[j]-'a'] = true
		}
		if have == need {
			return true
		}
	}
	return false
}
