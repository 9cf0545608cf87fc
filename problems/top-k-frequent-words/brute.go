//go:build ignore

package main

// topKFrequent lists the distinct words in order of first appearance, counts
// each by scanning all the words, then picks the best remaining word k times
// by a linear scan.
func topKFrequent(words []string, k int) []string {
	var distinct []string
	for i, w := range words {
		seen := false
		for _, v := range words[:i] {
			if v == w {
				seen = true
			}
		}
		if !seen {
			distinct = append(distinct, w)
		}
	}
	count := func(w string) int {
		c := 0
		for _, v := range words {
			if v == w {
				c++
			}
		}
		return c
	}
	taken := make([]bool, len(distinct))
	out := []string{}
	for len(out) < k {
		best := -1
		for i, w := range distinct {
			if taken[i] {
				continue
			}
			if best < 0 || count(w) > count(distinct[best]) || (count(w) == count(distinct[best]) && w < distinct[best]) {
				best = i
			}
		}
		taken[best] = true
		out = append(out, distinct[best])
	}
	return out
}
