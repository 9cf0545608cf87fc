//go:build ignore

package main

// Mutant: Kahn's algorithm on the first-difference edges, but a word
// followed by its own proper prefix ("abc" then "ab") is skipped as if it
// said nothing: such a dictionary has no valid alphabet, yet an order is
// returned.
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
		a, b := words[k], words[k+1]
		for i := 0; i < len(a) && i < len(b); i++ {
			if a[i] != b[i] {
				x, y := a[i]-'a', b[i]-'a'
				if !edge[x][y] {
					edge[x][y] = true
					indeg[y]++
				}
				break
			}
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
