//go:build ignore

package main

// Mutant: never tracks where the current piece starts and reports each
// piece's end position plus one, which is its length only for the first.
func partitionLabels(s string) []int {
	var last [26]int
	for i := 0; i < len(s); i++ {
		last[s[i]-'a'] = i
	}
	var sizes []int
	end := 0
	for i := 0; i < len(s); i++ {
		end = max(end, last[s[i]-'a'])
		if i == end {
			sizes = append(sizes, end+1)
		}
	}
	return sizes
}
