//go:build ignore

package main

// Mutant: lets a star be '(' or ')' but forgets that it may also be
// nothing, so strings needing an odd star left out are rejected.
func checkValidString(s string) bool {
	counts := map[int]bool{0: true}
	for i := 0; i < len(s); i++ {
		next := map[int]bool{}
		for k := range counts {
			switch s[i] {
			case '(':
				next[k+1] = true
			case ')':
				if k > 0 {
					next[k-1] = true
				}
			default:
				next[k+1] = true
				if k > 0 {
					next[k-1] = true
				}
			}
		}
		counts = next
	}
	return counts[0]
}
