//go:build ignore

package main

// Mutant: cuts wherever the current letter occurs for the last time,
// forgetting that earlier letters of the piece may reappear further on.
func partitionLabels(s string) []int {
	var last [26]int
	for i := 0; i < len(s); i++ {
		last[s[i]-'a'] = i
	}
	var sizes []int
	start := 0
	for i := 0; i < len(s); i++ {
		if last[s[i]-'a'] == i {
			sizes = append(sizes, i-start+1)
			start = i + 1
		}
	}
	return sizes
}
