//go:build ignore

package main

import (
	"fmt"
	"sort"
)

// subsetsWithDup turns every bitmask into the subset of the positions it
// selects, sorts that subset, and keeps it unless its text was seen before.
func subsetsWithDup(nums []int) [][]int {
	n := len(nums)
	seen := map[string]bool{}
	var out [][]int
	for mask := 0; mask < 1<<n; mask++ {
		s := []int{}
		for i := 0; i < n; i++ {
			if mask&(1<<i) != 0 {
				s = append(s, nums[i])
			}
		}
		sort.Ints(s)
		if k := fmt.Sprint(s); !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	return out
}
