//go:build ignore

package main

// minDistance tries every alignment: every way to pair letters of word1 with
// letters of word2 in increasing order on both sides. A pair of different
// letters costs a replacement, and each letter left unpaired costs an
// insertion or a deletion; the cheapest alignment is the answer.
func minDistance(word1 string, word2 string) int {
	m, n := len(word1), len(word2)
	var best func(i, j int) int
	best = func(i, j int) int {
		res := (m - i) + (n - j) // pair nothing more
		for p := i; p < m; p++ {
			for q := j; q < n; q++ {
				cost := (p - i) + (q - j)
				if word1[p] != word2[q] {
					cost++
				}
				res = min(res, cost+best(p+1, q+1))
			}
		}
		return res
	}
	return best(0, 0)
}
