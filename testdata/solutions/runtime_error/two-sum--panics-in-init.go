// message: panic: init failed
func init() {
	panic("init failed")
}

func twoSum(nums []int, target int) []int { return nil }
