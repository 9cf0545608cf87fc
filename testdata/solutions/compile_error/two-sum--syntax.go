// message: two-sum--syntax.go:3
func twoSum(nums []int, target int) []int {
	return []int{0, 1
}
