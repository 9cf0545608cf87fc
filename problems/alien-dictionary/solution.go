//go:build ignore

package main

// alienOrder turns the dictionary into a graph on the letters: for each
// pair of neighbouring words, the first position where they differ says
// that one letter comes before the other (and a word followed by its own
// proper prefix is impossible). Kahn's algorithm then lists the letters
// in a topological order; if some letters never reach in-degree 0, they
// sit on a cycle and no order exists. O(C) for C letters in all, plus
// O(26^2) for the graph.
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
		i := 0
		for i < len(a) && i < len(b) && a[i] == b[i] {
			i++
		}
		if i < len(a) && i < len(b) {
			x, y := a[i]-'a', b[i]-'a'
			if !edge[x][y] {
				edge[x][y] = true
				indeg[y]++
			}
		} else if len(a) > len(b) {
			return ""
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
	order := make([]byte, 0, letters)
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		order = append(order, byte('a'+c))
		for d := 0; d < 26; d++ {
			if edge[c][d] {
				indeg[d]--
				if indeg[d] == 0 {
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
