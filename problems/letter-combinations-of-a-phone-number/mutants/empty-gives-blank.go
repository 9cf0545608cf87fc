//go:build ignore

package main

// Mutant: returns [""] for empty input, because the iterative build starts
// from a list holding the empty string and never checks for no digits.
func letterCombinations(digits string) []string {
	keys := map[byte]string{'2': "abc", '3': "def", '4': "ghi", '5': "jkl", '6': "mno", '7': "pqrs", '8': "tuv", '9': "wxyz"}
	res := []string{""}
	for i := 0; i < len(digits); i++ {
		var next []string
		for _, p := range res {
			for _, c := range keys[digits[i]] {
				next = append(next, p+string(c))
			}
		}
		res = next
	}
	return res
}
