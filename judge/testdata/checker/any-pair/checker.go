//go:build ignore

package main

// check accepts any pair of distinct indices, in order, whose numbers add
// up to target.
func check(nums []int, target int, want, got []int) string {
	if len(got) != 2 {
		return fmt.Sprintf("want two indices, got %d", len(got))
	}
	i, j := got[0], got[1]
	if i < 0 || j >= len(nums) || i >= j {
		return fmt.Sprintf("[%d,%d] are not two indices i < j of nums", i, j)
	}
	if nums[i]+nums[j] != target {
		return fmt.Sprintf("nums[%d] + nums[%d] = %d, not %d", i, j, nums[i]+nums[j], target)
	}
	return ""
}
