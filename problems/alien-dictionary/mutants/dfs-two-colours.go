//go:build ignore

package main

// Mutant: depth-first topological sort with only "visited" marks, no
// "on the current path" state, so a back edge is never noticed: on a cycle
// it returns an order that breaks one of the constraints instead of "".
func alienOrder(words []string) string {
	var present [26]bool
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			present[w[i]-'a'] = true
		}
	}
	var edge [26][26]bool
	for k := 0; k+1 < len(words); k++ {
		a, b := words[k], words[k+1]
		i := 0
		for i < len(a) && i < len(b) && a[i] == b[i] {
			i++
		}
		if i < len(a) && i < len(b) {
			edge[a[i]-'a'][b[i]-'a'] = true
		} else if len(a) > len(b) {
			return ""
		}
	}
	var seen [26]bool
	var post []byte
	var visit func(x int)
	visit = func(x int) {
		seen[x] = true
		for y := 0; y < 26; y++ {
			if edge[x][y] && !seen[y] {
				visit(y)
			}
		}
		post = append(post, byte('a'+x))
	}
	for c := 0; c < 26; c++ {
		if present[c] && !seen[c] {
			visit(c)
		}
	}
	for i, j := 0, len(post)-1; i < j; i, j = i+1, j-1 {
		post[i], post[j] = post[j], post[i]
	}
	return string(post)
}
