//go:build ignore

package main

// Mutant: counts the water one horizontal layer at a time, which costs
// O(n * max height): 2·10^9 steps with bars 10^5 tall.
// verdict: time_limit_exceeded
func trap(height []int) int {
	top := 0
	for _, v := range height {
		top = max(top, v)
	}
	water := 0
	for h := 1; h <= top; h++ {
		first, last := -1, -1
		for i, v := range height {
			if v >= h {
				if first < 0 {
					first = i
				}
				last = i
			}
		}
		for i := first + 1; i < last; i++ {
			if height[i] < h {
				water++
			}
		}
	}
	return water
}
