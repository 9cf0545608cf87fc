//go:build ignore

package main

// ladderLength is a breadth-first search over words, level by level. Words
// that differ in one position share a pattern with that position hidden
// ("h*t"), so the dictionary is first grouped by pattern; a word's
// neighbours are the members of its L patterns. Each pattern group is
// scanned once and then dropped, since all its words are then reached.
func ladderLength(beginWord string, endWord string, wordList []string) int {
	groups := map[string][]string{}
	hasEnd := false
	for _, w := range wordList {
		hasEnd = hasEnd || w == endWord
		for i := range len(w) {
			key := w[:i] + "*" + w[i+1:]
			groups[key] = append(groups[key], w)
		}
	}
	if !hasEnd {
		return 0
	}
	seen := map[string]bool{beginWord: true}
	level := []string{beginWord}
	for words := 1; len(level) > 0; words++ {
		var next []string
		for _, w := range level {
			if w == endWord {
				return words
			}
			for i := range len(w) {
				key := w[:i] + "*" + w[i+1:]
				for _, v := range groups[key] {
					if !seen[v] {
						seen[v] = true
						next = append(next, v)
					}
				}
				delete(groups, key)
			}
		}
		level = next
	}
	return 0
}
