//go:build ignore

package main

// Mutant: keys each word by which letters occur, not how often, so "aab" and
// "abb" land in the same group.
func groupAnagrams(strs []string) [][]string {
	index := map[uint32]int{}
	var groups [][]string
	for _, w := range strs {
		var key uint32
		for _, c := range w {
			key |= 1 << (c - 'a')
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
