//go:build ignore

package main

import (
	"fmt"
	"sort"
)

// combinationSum2 tries every subset of positions (a bitmask), keeps those
// summing to target, and drops repeats by the sorted values' text.
func combinationSum2(candidates []int, target int) [][]int {
	n := len(candidates)
	seen := map[string]bool{}
	out := [][]int{}
	for mask := 0; mask < 1<<n; mask++ {
		var pick []int
		sum := 0
		for i := 0; i < n; i++ {
			if mask>>i&1 == 1 {
				pick = append(pick, candidates[i])
				sum += candidates[i]
			}
		}
		if sum != target {
			continue
		}
		sort.Ints(pick)
		key := fmt.Sprint(pick)
		if !seen[key] {
			seen[key] = true
			out = append(out, pick)
		}
	}
	return out
}
