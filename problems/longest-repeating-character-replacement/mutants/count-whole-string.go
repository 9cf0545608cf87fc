//go:build ignore

package main

// Mutant: adds k to the most frequent letter's count in the whole string,
// ignoring that the repeated letters must end up next to each other.
func characterReplacement(s string, k int) int {
	var count [26]int
	most := 0
	for i := range len(s) {
		count[s[i]-'A']++
		most = max(most, count[s[i]-'A'])
	}
	return min(len(s), most+k)
}
