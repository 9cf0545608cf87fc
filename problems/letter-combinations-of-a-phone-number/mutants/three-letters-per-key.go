//go:build ignore

package main

// Mutant: computes each key's letters as three consecutive letters from
// 'a' + 3·(digit − 2), which is wrong from key 7 on: 7 lacks "s", 8 and 9
// are shifted, and "z" never appears.
func letterCombinations(digits string) []string {
	if digits == "" {
		return []string{}
	}
	var res []string
	buf := make([]byte, len(digits))
	var walk func(i int)
	walk = func(i int) {
		if i == len(digits) {
			res = append(res, string(buf))
			return
		}
		first := byte('a' + 3*int(digits[i]-'2'))
		for c := first; c < first+3; c++ {
			buf[i] = c
			walk(i + 1)
		}
	}
	walk(0)
	return res
}
