//go:build ignore

package main

// maxArea measures every pair of walls.
func maxArea(height []int) int {
	best := 0
	for j := range height {
		for i := 0; i < j; i++ {
			h := height[i]
			if height[j] < h {
				h = height[j]
			}
			if h*(j-i) > best {
				best = h * (j - i)
			}
		}
	}
	return best
}
