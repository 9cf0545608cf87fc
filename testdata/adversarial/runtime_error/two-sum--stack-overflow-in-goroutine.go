// message: stack overflow
func deep(n int) int { return deep(n+1) + 1 }

func twoSum(nums []int, target int) []int {
	done := make(chan int)
	go func() { done <- deep(0) }()
	return []int{<-done}
}
