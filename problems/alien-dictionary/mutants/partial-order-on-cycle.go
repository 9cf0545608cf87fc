//go:build ignore

package main

// Mutant: Kahn's algorithm without the final count: when a cycle stops
// the queue early, it returns the letters it managed to place instead of
// "". ["z", "x", "z"] still gives "" by luck, but a letter outside the
// cycle comes back on its own.
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
	for c := 0; c < 26; c++ {
		if present[c] && indeg[c] == 0 {
			queue = append(queue, c)
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
	return string(order)
}
