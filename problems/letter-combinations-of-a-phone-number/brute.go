//go:build ignore

package main

import "strings"

// letterCombinations tries every lower-case string of the right length, in
// base 26, and keeps those whose every letter sits on the matching key.
func letterCombinations(digits string) []string {
	out := []string{}
	n := len(digits)
	if n == 0 {
		return out
	}
	pad := map[byte]string{'2': "abc", '3': "def", '4': "ghi", '5': "jkl", '6': "mno", '7': "pqrs", '8': "tuv", '9': "wxyz"}
	total := 1
	for i := 0; i < n; i++ {
		total *= 26
	}
	s := make([]byte, n)
	for c := 0; c < total; c++ {
		x := c
		for i := n - 1; i >= 0; i-- {
			s[i] = byte('a' + x%26)
			x /= 26
		}
		ok := true
		for i := 0; i < n; i++ {
			if !strings.ContainsRune(pad[digits[i]], rune(s[i])) {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, string(s))
		}
	}
	return out
}
