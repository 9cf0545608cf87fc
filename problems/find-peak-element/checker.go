//go:build ignore

package main

// check accepts any index whose value is above both neighbours, outside
// the array counting as minus infinity.
func check(nums []int, want, got int) string {
	if got < 0 || got >= len(nums) {
		return fmt.Sprintf("%d is not an index of nums (0..%d)", got, len(nums)-1)
	}
	if (got > 0 && nums[got-1] >= nums[got]) || (got+1 < len(nums) && nums[got+1] >= nums[got]) {
		return fmt.Sprintf("index %d (value %d) is not a peak: a neighbour is not smaller", got, nums[got])
	}
	return ""
}
