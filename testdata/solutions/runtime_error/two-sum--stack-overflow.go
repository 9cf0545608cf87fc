// message: stack overflow: the recursion at twoSum (two-sum--stack-overflow.go:3) is too deep
func twoSum(nums []int, target int) []int {
	return twoSum(nums, target+1)
}
