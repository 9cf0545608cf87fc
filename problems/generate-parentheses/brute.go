//go:build ignore

package main

// generateParenthesis tries all 2^(2n) strings of brackets, one per bit
// pattern, and keeps those whose running balance never drops below zero
// and ends at zero.
func generateParenthesis(n int) []string {
	var out []string
	for mask := 0; mask < 1<<(2*n); mask++ {
		s := make([]byte, 2*n)
		bal := 0
		ok := true
		for i := range s {
			if mask>>i&1 == 1 {
				s[i] = '('
				bal++
			} else {
				s[i] = ')'
				bal--
			}
			if bal < 0 {
				ok = false
			}
		}
		if ok && bal == 0 {
			out = append(out, string(s))
		}
	}
	return out
}
