//go:build ignore

package main

// Mutant: appends the working slice of pieces to the answer without copying
// it, so later backtracking overwrites partitions already recorded.
func partition(s string) [][]string {
	var out [][]string
	isPal := func(a, b int) bool {
		for ; a < b; a, b = a+1, b-1 {
			if s[a] != s[b] {
				return false
			}
		}
		return true
	}
	var pieces []string
	var walk func(start int)
	walk = func(start int) {
		if start == len(s) {
			out = append(out, pieces)
			return
		}
		for end := start; end < len(s); end++ {
			if isPal(start, end) {
				pieces = append(pieces, s[start:end+1])
				walk(end + 1)
				pieces = pieces[:len(pieces)-1]
			}
		}
	}
	walk(0)
	return out
}
