//go:build ignore

package main

// Mutant: a correct depth-first search with cycle detection, but it
// returns the letters in post-order without reversing them: every letter
// comes after the letters it must precede, the alphabet backwards.
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
	var color [26]int
	var post []byte
	var visit func(x int) bool
	visit = func(x int) bool {
		color[x] = 1
		for y := 0; y < 26; y++ {
			if !edge[x][y] {
				continue
			}
			if color[y] == 1 || color[y] == 0 && !visit(y) {
				return false
			}
		}
		color[x] = 2
		post = append(post, byte('a'+x))
		return true
	}
	for c := 0; c < 26; c++ {
		if present[c] && color[c] == 0 && !visit(c) {
			return ""
		}
	}
	return string(post)
}
