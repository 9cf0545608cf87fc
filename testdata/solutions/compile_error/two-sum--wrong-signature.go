// message: the problem calls
func twoSum(nums []int) []int {
	return nil
}
