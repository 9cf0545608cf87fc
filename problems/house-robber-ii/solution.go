//go:build ignore

package main

// rob splits the ring into two streets: one without the last house and one
// without the first. No valid plan robs both ends, so the better of the two
// street answers is the ring's answer. A single house is a ring of its own.
func rob(nums []int) int {
	n := len(nums)
	if n == 1 {
		return nums[0]
	}
	return max(robStreet(nums[:n-1]), robStreet(nums[1:]))
}

// robStreet is the straight-street version: the best haul up to the previous
// house and the one before it, updated house by house.
func robStreet(nums []int) int {
	prev, cur := 0, 0
	for _, v := range nums {
		prev, cur = cur, max(cur, prev+v)
	}
	return cur
}
