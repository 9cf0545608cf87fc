//go:build ignore

package main

import "sort"

// lastStoneWeight sorts the stones from scratch before every round, smashes
// the first two, and puts the leftover back into the list.
func lastStoneWeight(stones []int) int {
	s := append([]int(nil), stones...)
	for len(s) > 1 {
		sort.Sort(sort.Reverse(sort.IntSlice(s)))
		y, x := s[0], s[1]
		s = s[2:]
		if y != x {
			s = append(s, y-x)
		}
	}
	if len(s) == 0 {
		return 0
	}
	return s[0]
}
