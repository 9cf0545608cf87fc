//go:build ignore

package main

// Mutant: a depth-first search over every route, unmarking words on the way
// back and keeping the shortest ladder found; the number of routes grows
// exponentially with the dictionary.
// verdict: time_limit_exceeded
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
	best := 0
	onPath := map[string]bool{beginWord: true}
	var dfs func(w string, words int)
	dfs = func(w string, words int) {
		if best > 0 && words >= best {
			return
		}
		if w == endWord {
			best = words
			return
		}
		for _, v := range wordList {
			if !onPath[v] && oneApart(w, v) {
				onPath[v] = true
				dfs(v, words+1)
				onPath[v] = false
			}
		}
	}
	dfs(beginWord, 1)
	return best
}
