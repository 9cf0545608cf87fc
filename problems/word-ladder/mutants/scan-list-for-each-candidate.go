//go:build ignore

package main

// Mutant: tries all 26 letters in every position but checks each candidate
// by scanning the whole word list instead of a set, so every step costs
// 26·L·n comparisons: O(n^2·L) overall.
// verdict: time_limit_exceeded
func ladderLength(beginWord string, endWord string, wordList []string) int {
	inList := func(s string) bool {
		for _, w := range wordList {
			if w == s {
				return true
			}
		}
		return false
	}
	if !inList(endWord) {
		return 0
	}
	seen := map[string]bool{beginWord: true}
	queue := []string{beginWord}
	for words := 1; len(queue) > 0; words++ {
		var next []string
		for _, w := range queue {
			if w == endWord {
				return words
			}
			b := []byte(w)
			for i := range b {
				orig := b[i]
				for ch := byte('a'); ch <= 'z'; ch++ {
					b[i] = ch
					if s := string(b); inList(s) && !seen[s] {
						seen[s] = true
						next = append(next, s)
					}
				}
				b[i] = orig
			}
		}
		queue = next
	}
	return 0
}
