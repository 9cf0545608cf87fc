//go:build ignore

package main

// generateParenthesis extends one shared buffer by backtracking: '(' while
// fewer than n are open, ')' while it closes an open bracket. Every string
// that reaches length 2n is balanced, and each is built exactly once.
func generateParenthesis(n int) []string {
	var out []string
	buf := make([]byte, 2*n)
	var build func(pos, open, closed int)
	build = func(pos, open, closed int) {
		if pos == 2*n {
			out = append(out, string(buf))
			return
		}
		if open < n {
			buf[pos] = '('
			build(pos+1, open+1, closed)
		}
		if closed < open {
			buf[pos] = ')'
			build(pos+1, open, closed+1)
		}
	}
	build(0, 0, 0)
	return out
}
