//go:build ignore

package main

// Mutant: allows a closing bracket whenever fewer than n have been placed,
// instead of only while one is open, so strings like ")(" slip in.
func generateParenthesis(n int) []string {
	var out []string
	var build func(s string, open, closed int)
	build = func(s string, open, closed int) {
		if len(s) == 2*n {
			out = append(out, s)
			return
		}
		if open < n {
			build(s+"(", open+1, closed)
		}
		if closed < n {
			build(s+")", open, closed+1)
		}
	}
	build("", 0, 0)
	return out
}
