//go:build ignore

package main

// Mutant: keys each word by its length and the sum of its letters, a hash
// that collides ("ad" and "bc" both sum to 197).
func groupAnagrams(strs []string) [][]string {
	index := map[[2]int]int{}
	var groups [][]string
	for _, w := range strs {
		sum := 0
		for _, c := range w {
			sum += int(c)
		}
		key := [2]int{len(w), sum}
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
