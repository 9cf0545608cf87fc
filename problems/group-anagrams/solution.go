//go:build ignore

package main

// groupAnagrams files each word under its letter counts: anagrams have the
// same 26 counts, so an array of counts is a map key shared by exactly one
// group. O(n·k) for n words of length up to k.
func groupAnagrams(strs []string) [][]string {
	index := make(map[[26]int]int, len(strs))
	var groups [][]string
	for _, w := range strs {
		var key [26]int
		for i := 0; i < len(w); i++ {
			key[w[i]-'a']++
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
