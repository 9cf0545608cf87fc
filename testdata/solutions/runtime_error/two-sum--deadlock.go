// message: deadlock
func twoSum(nums []int, target int) []int {
	select {}
}
