//go:build ignore

package main

import "sort"

// Mutant: sorts the distinct words by count only (a stable sort over the
// order of first appearance), so words with equal counts come out in the
// order they first appeared instead of alphabetically.
func topKFrequent(words []string, k int) []string {
	counts := map[string]int{}
	var distinct []string
	for _, w := range words {
		if counts[w] == 0 {
			distinct = append(distinct, w)
		}
		counts[w]++
	}
	sort.SliceStable(distinct, func(i, j int) bool {
		return counts[distinct[i]] > counts[distinct[j]]
	})
	return distinct[:k]
}
