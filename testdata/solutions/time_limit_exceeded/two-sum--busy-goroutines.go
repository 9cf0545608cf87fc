func twoSum(nums []int, target int) []int {
	for i := 0; i < 8; i++ {
		go func() {
			for {
			}
		}()
	}
	for {
	}
}
