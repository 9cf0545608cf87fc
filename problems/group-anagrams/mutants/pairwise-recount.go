//go:build ignore

package main

// Mutant: compares each word with the first word of every group found so
// far, recounting both words' letters for every comparison: O(n^2·k).
// verdict: time_limit_exceeded
func groupAnagrams(strs []string) [][]string {
	var groups [][]string
	for _, w := range strs {
		placed := false
		for g := range groups {
			if sameLetters(w, groups[g][0]) {
				groups[g] = append(groups[g], w)
				placed = true
				break
			}
		}
		if !placed {
			groups = append(groups, []string{w})
		}
	}
	return groups
}

func sameLetters(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	var count [26]int
	for i := 0; i < len(a); i++ {
		count[a[i]-'a']++
		count[b[i]-'a']--
	}
	for _, n := range count {
		if n != 0 {
			return false
		}
	}
	return true
}
