//go:build ignore

package main

import "strconv"

// Mutant: builds the key by writing the 26 counts one after another without a
// separator, so counts (1, 11) and (11, 1) give the same key "111000...".
func groupAnagrams(strs []string) [][]string {
	index := map[string]int{}
	var groups [][]string
	for _, w := range strs {
		var count [26]int
		for _, c := range w {
			count[c-'a']++
		}
		key := ""
		for _, n := range count {
			key += strconv.Itoa(n)
		}
		g, ok := index[key]
		if !ok {
			g = len(groups)
			index[key] = g
			groups = append(groups, nil)
		}
		groups[g] = append(groups[g], w)
	}
	return groups
}
