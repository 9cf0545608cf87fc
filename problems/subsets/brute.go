//go:build ignore

package main

// subsets counts a mask from 0 to 2^n - 1 and turns each mask into the
// subset of the positions whose bits are set.
func subsets(nums []int) [][]int {
	n := len(nums)
	var out [][]int
	for mask := 0; mask < 1<<n; mask++ {
		s := []int{}
		for i := 0; i < n; i++ {
			if mask&(1<<i) != 0 {
				s = append(s, nums[i])
			}
		}
		out = append(out, s)
	}
	return out
}
