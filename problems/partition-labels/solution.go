//go:build ignore

package main

// partitionLabels records where each letter occurs last, then walks the
// string: the current piece must reach the last occurrence of every letter
// it has taken in, and it closes as soon as the walk arrives there.
func partitionLabels(s string) []int {
	var last [26]int
	for i := 0; i < len(s); i++ {
		last[s[i]-'a'] = i
	}
	var sizes []int
	start, end := 0, 0
	for i := 0; i < len(s); i++ {
		end = max(end, last[s[i]-'a'])
		if i == end {
			sizes = append(sizes, end-start+1)
			start = i + 1
		}
	}
	return sizes
}
