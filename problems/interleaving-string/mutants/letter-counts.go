//go:build ignore

package main

// Mutant: only checks that s3 holds exactly the letters of s1 and s2
// together, ignoring the order they must keep.
func isInterleave(s1 string, s2 string, s3 string) bool {
	var count [26]int
	for _, c := range s1 + s2 {
		count[c-'a']++
	}
	for _, c := range s3 {
		count[c-'a']--
	}
	return count == [26]int{}
}
