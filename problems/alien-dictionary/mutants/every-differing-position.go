//go:build ignore

package main

// Mutant: adds an edge at every position where two neighbouring words
// differ, not just the first. Later positions say nothing about the
// alphabet, and the false edges can close a cycle: ["ab", "ba"] gets both
// a<b and b<a and returns "" although "ab" is valid.
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
		same := true
		for i := 0; i < len(a) && i < len(b); i++ {
			if a[i] != b[i] {
				same = false
				x, y := a[i]-'a', b[i]-'a'
				if !edge[x][y] {
					edge[x][y] = true
					indeg[y]++
				}
			}
		}
		if same && len(a) > len(b) {
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
