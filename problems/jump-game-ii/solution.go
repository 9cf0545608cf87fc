//go:build ignore

package main

// jump walks the cells in windows: the cells reachable with the current
// number of jumps end at windowEnd, and the furthest cell any of them can
// reach is where the next window ends.
func jump(nums []int) int {
	jumps, windowEnd, furthest := 0, 0, 0
	for i := 0; i < len(nums)-1; i++ {
		furthest = max(furthest, i+nums[i])
		if i == windowEnd {
			jumps++
			windowEnd = furthest
			if windowEnd >= len(nums)-1 {
				break
			}
		}
	}
	return jumps
}
