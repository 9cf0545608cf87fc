//go:build ignore

package main

// maxCoins tries every order of bursting, remembering the best total for
// each set of balloons still standing (a bitmask), so that each set is
// solved once. Fine for the small hand-written tests.
func maxCoins(nums []int) int {
	n := len(nums)
	memo := map[int]int{}
	var solve func(alive int) int
	solve = func(alive int) int {
		if alive == 0 {
			return 0
		}
		if v, ok := memo[alive]; ok {
			return v
		}
		best := -1
		for k := 0; k < n; k++ {
			if alive&(1<<k) == 0 {
				continue
			}
			left, right := 1, 1
			for i := k - 1; i >= 0; i-- {
				if alive&(1<<i) != 0 {
					left = nums[i]
					break
				}
			}
			for i := k + 1; i < n; i++ {
				if alive&(1<<i) != 0 {
					right = nums[i]
					break
				}
			}
			best = max(best, left*nums[k]*right+solve(alive&^(1<<k)))
		}
		memo[alive] = best
		return best
	}
	return solve(1<<n - 1)
}
