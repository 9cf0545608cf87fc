//go:build ignore

package main

// Mutant: builds the graph's letters from the edges alone, so a letter
// that never sits at a first difference (all of "cab" when the list has a
// single word, the tail letters of "abz" and "acy") is left out of the
// answer.
func alienOrder(words []string) string {
	var present [26]bool
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
			present[x], present[y] = true, true
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
