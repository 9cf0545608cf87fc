//go:build ignore

package main

// Mutant: a depth-first search that returns the length of the first ladder
// it finds, which need not be the shortest.
func ladderLength(beginWord string, endWord string, wordList []string) int {
	oneApart := func(a, b string) bool {
		diff := 0
		for i := range len(a) {
			if a[i] != b[i] {
				diff++
			}
		}
		return diff == 1
	}
	seen := map[string]bool{beginWord: true}
	var dfs func(w string, words int) int
	dfs = func(w string, words int) int {
		if w == endWord {
			return words
		}
		for _, v := range wordList {
			if !seen[v] && oneApart(w, v) {
				seen[v] = true
				if got := dfs(v, words+1); got > 0 {
					return got
				}
			}
		}
		return 0
	}
	return dfs(beginWord, 1)
}
