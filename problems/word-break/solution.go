//go:build ignore

package main

// wordBreak marks ok[i] when the prefix s[:i] can be cut into words: ok[0]
// holds, and ok[i] holds when some word ends at i and starts at a marked
// position. Only pieces up to the longest word's length need checking.
func wordBreak(s string, wordDict []string) bool {
	words := make(map[string]bool, len(wordDict))
	longest := 0
	for _, w := range wordDict {
		words[w] = true
		longest = max(longest, len(w))
	}
	ok := make([]bool, len(s)+1)
	ok[0] = true
	for i := 1; i <= len(s); i++ {
		for j := max(0, i-longest); j < i; j++ {
			if ok[j] && words[s[j:i]] {
				ok[i] = true
				break
			}
		}
	}
	return ok[len(s)]
}
