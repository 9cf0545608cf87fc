func twoSum(nums []int, target int) []int {
	time.Sleep(time.Hour)
	return nil
}
