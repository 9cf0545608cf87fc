//go:build ignore

package main

// Mutant: the iterative build appends each longer string to the same list
// instead of replacing the list, so every shorter prefix stays in the
// answer.
func letterCombinations(digits string) []string {
	if digits == "" {
		return []string{}
	}
	keys := map[byte]string{'2': "abc", '3': "def", '4': "ghi", '5': "jkl", '6': "mno", '7': "pqrs", '8': "tuv", '9': "wxyz"}
	var res []string
	for _, c := range keys[digits[0]] {
		res = append(res, string(c))
	}
	start := 0
	for i := 1; i < len(digits); i++ {
		end := len(res)
		for _, p := range res[start:end] {
			for _, c := range keys[digits[i]] {
				res = append(res, p+string(c))
			}
		}
		start = end
	}
	return res
}
