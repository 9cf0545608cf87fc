//go:build ignore

package main

// Mutant: builds each string for n from one for n-1 by wrapping it in a
// pair or adding "()" before or after it, which never produces strings such
// as "(())(())" that join two nested groups.
func generateParenthesis(n int) []string {
	level := []string{"()"}
	for k := 2; k <= n; k++ {
		seen := map[string]bool{}
		var next []string
		for _, s := range level {
			for _, t := range []string{"(" + s + ")", "()" + s, s + "()"} {
				if !seen[t] {
					seen[t] = true
					next = append(next, t)
				}
			}
		}
		level = next
	}
	return level
}
