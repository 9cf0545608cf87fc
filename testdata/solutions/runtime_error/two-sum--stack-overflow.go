// message: stack overflow
func twoSum(nums []int, target int) []int {
	return twoSum(nums, target+1)
}
