//go:build ignore

package main

// Mutant: reads the order only from the first letters of neighbouring
// words, as a paper dictionary's sections would; facts that come from a
// later position ("wrt" before "wrf" says t before f) are lost, so the
// order can break them.
func alienOrder(words []string) string {
	var present [26]bool
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			present[w[i]-'a'] = true
		}
	}
	var edge [26][26]bool
	var indeg [26]int
	for k := 0; k+1 < len(words); k++ {
		x, y := words[k][0]-'a', words[k+1][0]-'a'
		if x != y && !edge[x][y] {
			edge[x][y] = true
			indeg[y]++
		}
	}
	var queue []int
	letters := 0
	for c := 0; c < 26; c++ {
		if present[c] {
			letters++
			if indeg[c] == 0 {
				queue = append(queue, c)
			}
		}
	}
	var order []byte
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		order = append(order, byte('a'+c))
		for d := 0; d < 26; d++ {
			if edge[c][d] {
				if indeg[d]--; indeg[d] == 0 {
					queue = append(queue, d)
				}
			}
		}
	}
	if len(order) < letters {
		return ""
	}
	return string(order)
}
