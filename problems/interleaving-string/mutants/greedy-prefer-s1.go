//go:build ignore

package main

// Mutant: greedy two pointers that take the next letter from s1 whenever it
// matches and from s2 only otherwise; when both match, the wrong choice can
// strand the rest.
func isInterleave(s1 string, s2 string, s3 string) bool {
	if len(s1)+len(s2) != len(s3) {
		return false
	}
	i, j := 0, 0
	for k := 0; k < len(s3); k++ {
		switch {
		case i < len(s1) && s1[i] == s3[k]:
			i++
		case j < len(s2) && s2[j] == s3[k]:
			j++
		default:
			return false
		}
	}
	return true
}
