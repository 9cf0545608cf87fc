//go:build ignore

package main

// Mutant: measures a piece as end - start, one short, since both ends are
// part of the piece.
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
			sizes = append(sizes, end-start)
			start = i + 1
		}
	}
	return sizes
}
