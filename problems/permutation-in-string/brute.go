//go:build ignore

package main

// checkInclusion tries every window of s2 of the right length and crosses its
// letters off one by one against a fresh copy of s1.
func checkInclusion(s1 string, s2 string) bool {
	for start := 0; start+len(s1) <= len(s2); start++ {
		left := []byte(s1)
		ok := true
		for p := start; p < start+len(s1) && ok; p++ {
			ok = false
			for q, c := range left {
				if c == s2[p] {
					left = append(left[:q], left[q+1:]...)
					ok = true
					break
				}
			}
		}
		if ok {
			return true
		}
	}
	return false
}
