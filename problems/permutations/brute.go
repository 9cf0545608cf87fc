//go:build ignore

package main

// permute counts through all n^n sequences of indices, like an odometer in
// base n, and keeps those in which no index repeats.
func permute(nums []int) [][]int {
	n := len(nums)
	total := 1
	for i := 0; i < n; i++ {
		total *= n
	}
	var out [][]int
	idx := make([]int, n)
	for c := 0; c < total; c++ {
		x := c
		for i := n - 1; i >= 0; i-- {
			idx[i] = x % n
			x /= n
		}
		seen := make([]bool, n)
		ok := true
		for _, k := range idx {
			if seen[k] {
				ok = false
				break
			}
			seen[k] = true
		}
		if ok {
			p := make([]int, n)
			for i, k := range idx {
				p[i] = nums[k]
			}
			out = append(out, p)
		}
	}
	return out
}
