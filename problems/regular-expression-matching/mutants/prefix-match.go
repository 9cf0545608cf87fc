//go:build ignore

package main

// Mutant: reports a match as soon as the pattern is used up, even when
// letters of s are left over, so it accepts a pattern matching only a prefix.
func isMatch(s string, p string) bool {
	memo := map[[2]int]bool{}
	var match func(i, j int) bool
	match = func(i, j int) bool {
		if j == len(p) {
			return true
		}
		key := [2]int{i, j}
		if v, ok := memo[key]; ok {
			return v
		}
		first := i < len(s) && (p[j] == s[i] || p[j] == '.')
		var res bool
		if j+1 < len(p) && p[j+1] == '*' {
			res = match(i, j+2) || (first && match(i+1, j))
		} else {
			res = first && match(i+1, j+1)
		}
		memo[key] = res
		return res
	}
	return match(0, 0)
}
