// message: deadlock
func twoSum(nums []int, target int) []int {
	<-make(chan int)
	return nil
}
