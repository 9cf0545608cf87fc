//go:build ignore

package main

// Mutant: counts the transformations instead of the words in the ladder, so
// every answer is one short.
func ladderLength(beginWord string, endWord string, wordList []string) int {
	dict := map[string]bool{}
	for _, w := range wordList {
		dict[w] = true
	}
	if !dict[endWord] {
		return 0
	}
	seen := map[string]bool{beginWord: true}
	queue := []string{beginWord}
	for steps := 0; len(queue) > 0; steps++ {
		var next []string
		for _, w := range queue {
			if w == endWord {
				return steps
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
