//go:build ignore

package main

// Mutant: solves the straight street and forgets that the first and the last
// house are neighbours, so it may rob both.
func rob(nums []int) int {
	prev, cur := 0, 0
	for _, v := range nums {
		prev, cur = cur, max(cur, prev+v)
	}
	return cur
}
