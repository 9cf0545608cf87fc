//go:build ignore

package main

// Mutant: compares the words position by position and adds the difference in
// length, which ignores that one insertion or deletion shifts every later
// letter into place.
func minDistance(word1 string, word2 string) int {
	short, long := word1, word2
	if len(short) > len(long) {
		short, long = long, short
	}
	edits := len(long) - len(short)
	for i := range len(short) {
		if short[i] != long[i] {
			edits++
		}
	}
	return edits
}
