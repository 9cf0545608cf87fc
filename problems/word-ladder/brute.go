//go:build ignore

package main

// ladderLength compares every pair of words letter by letter to find the
// neighbours, then relaxes ladder lengths over all neighbouring pairs again
// and again (Bellman-Ford with unit weights) until nothing improves.
func ladderLength(beginWord string, endWord string, wordList []string) int {
	words := append([]string{beginWord}, wordList...)
	oneApart := func(a, b string) bool {
		diff := 0
		for i := range len(a) {
			if a[i] != b[i] {
				diff++
			}
		}
		return diff == 1
	}
	const inf = 1 << 30
	best := make([]int, len(words))
	for i := range best {
		best[i] = inf
	}
	best[0] = 1
	for changed := true; changed; {
		changed = false
		for i := range words {
			for j := 1; j < len(words); j++ {
				if best[i] < inf && best[i]+1 < best[j] && oneApart(words[i], words[j]) {
					best[j] = best[i] + 1
					changed = true
				}
			}
		}
	}
	for j := 1; j < len(words); j++ {
		if words[j] == endWord && best[j] < inf {
			return best[j]
		}
	}
	return 0
}
