//go:build ignore

package main

// Mutant: splits the ring into nums[1:] and nums[:n-1] even for a single
// house, where both pieces are empty and the answer comes out 0.
func rob(nums []int) int {
	street := func(a []int) int {
		prev, cur := 0, 0
		for _, v := range a {
			prev, cur = cur, max(cur, prev+v)
		}
		return cur
	}
	n := len(nums)
	return max(street(nums[1:]), street(nums[:n-1]))
}
