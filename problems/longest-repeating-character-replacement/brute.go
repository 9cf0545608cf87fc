//go:build ignore

package main

// characterReplacement checks every substring, counting its letters afresh:
// it can be made uniform when its length minus its most common letter's count
// is at most k.
func characterReplacement(s string, k int) int {
	best := 0
	for i := 0; i < len(s); i++ {
		for j := i + 1; j <= len(s); j++ {
			most := 0
			for c := byte('A'); c <= 'Z'; c++ {
				n := 0
				for p := i; p < j; p++ {
					if s[p] == c {
						n++
					}
				}
				if n > most {
					most = n
				}
			}
			if j-i-most <= k && j-i > best {
				best = j - i
			}
		}
	}
	return best
}
