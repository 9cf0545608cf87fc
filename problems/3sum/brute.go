//go:build ignore

package main

// threeSum tries every choice of three positions and keeps each set of
// values once, keyed by its values in ascending order.
func threeSum(nums []int) [][]int {
	seen := map[[3]int]bool{}
	res := [][]int{}
	for i := range nums {
		for j := i + 1; j < len(nums); j++ {
			for k := j + 1; k < len(nums); k++ {
				if nums[i]+nums[j]+nums[k] != 0 {
					continue
				}
				a, b, c := nums[i], nums[j], nums[k]
				if a > b {
					a, b = b, a
				}
				if b > c {
					b, c = c, b
				}
				if a > b {
					a, b = b, a
				}
				key := [3]int{a, b, c}
				if !seen[key] {
					seen[key] = true
					res = append(res, []int{a, b, c})
				}
			}
		}
	}
	return res
}
