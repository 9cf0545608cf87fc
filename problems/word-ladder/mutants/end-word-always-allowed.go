//go:build ignore

package main

// Mutant: lets the ladder step onto the end word even when it is not in the
// dictionary, which the rules forbid.
func ladderLength(beginWord string, endWord string, wordList []string) int {
	dict := map[string]bool{endWord: true}
	for _, w := range wordList {
		dict[w] = true
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
					if s := string(b); dict[s] && !seen[s] {
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
