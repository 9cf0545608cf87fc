// message: panic: boom
func twoSum(nums []int, target int) []int {
	done := make(chan bool)
	go func() {
		panic("boom")
	}()
	<-done
	return nil
}
