//go:build ignore

package main

// Mutant: solves the straight street, and if its plan robs both ends, just
// gives back the cheaper end; the best ring plan may look quite different.
func rob(nums []int) int {
	n := len(nums)
	if n == 1 {
		return nums[0]
	}
	best := make([]int, n+1) // best[i]: best haul from the first i houses
	best[1] = nums[0]
	for i := 2; i <= n; i++ {
		best[i] = max(best[i-1], best[i-2]+nums[i-1])
	}
	// Walk the plan back to see which houses it robbed.
	usesLast := best[n] != best[n-1]
	i := n
	usesFirst := false
	for i > 0 {
		if i == 1 || best[i] != best[i-1] {
			if i == 1 {
				usesFirst = nums[0] > 0
			}
			i -= 2
		} else {
			i--
		}
	}
	if usesFirst && usesLast {
		return best[n] - min(nums[0], nums[n-1])
	}
	return best[n]
}
