//go:build ignore

package main

// Mutant: tries the orderings of the letters one by one (in lexicographic
// order of permutations) until one sorts the words. Right, but there are
// up to 26! orderings: when the answer must start late in that sequence
// (the alphabet reversed) or none exists, it never finishes.
// No declared verdict: it is exponential in the alphabet, which stops at
// 26 letters, so the ladder (which grows the number of words) cannot show
// a worse class; the tests catch it by time all the same.
func alienOrder(words []string) string {
	var letters []byte
	var seen [26]bool
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			seen[w[i]-'a'] = true
		}
	}
	for c := 0; c < 26; c++ {
		if seen[c] {
			letters = append(letters, byte('a'+c))
		}
	}
	sorts := func(p []byte) bool {
		var rank [26]int
		for i, c := range p {
			rank[c-'a'] = i
		}
		for k := 0; k+1 < len(words); k++ {
			a, b := words[k], words[k+1]
			i := 0
			for i < len(a) && i < len(b) && a[i] == b[i] {
				i++
			}
			if i < len(a) && i < len(b) {
				if rank[a[i]-'a'] > rank[b[i]-'a'] {
					return false
				}
			} else if len(a) > len(b) {
				return false
			}
		}
		return true
	}
	p := letters
	for {
		if sorts(p) {
			return string(p)
		}
		// Next permutation.
		i := len(p) - 2
		for i >= 0 && p[i] >= p[i+1] {
			i--
		}
		if i < 0 {
			return ""
		}
		j := len(p) - 1
		for p[j] <= p[i] {
			j--
		}
		p[i], p[j] = p[j], p[i]
		for l, r := i+1, len(p)-1; l < r; l, r = l+1, r-1 {
			p[l], p[r] = p[r], p[l]
		}
	}
}
