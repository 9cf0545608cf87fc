// message: index out of range [4] with length 4
func twoSum(nums []int, target int) []int {
	return []int{nums[len(nums)], 0}
}
