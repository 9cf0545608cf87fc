//go:build ignore

package main

// trap fills the terrain one horizontal layer at a time: in layer h, every
// cell lower than h that has a bar of height at least h somewhere to its left
// and somewhere to its right holds one unit of water.
func trap(height []int) int {
	top := 0
	for _, v := range height {
		if v > top {
			top = v
		}
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
