//go:build ignore

package main

// letterCombinations lets a recursion stand in for one loop per digit:
// position i tries each letter of digits[i] in a shared buffer, and a full
// buffer is one answer.
func letterCombinations(digits string) []string {
	if digits == "" {
		return []string{}
	}
	keys := [10]string{"", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"}
	var res []string
	buf := make([]byte, len(digits))
	var walk func(i int)
	walk = func(i int) {
		if i == len(digits) {
			res = append(res, string(buf))
			return
		}
		for _, c := range []byte(keys[digits[i]-'0']) {
			buf[i] = c
			walk(i + 1)
		}
	}
	walk(0)
	return res
}
