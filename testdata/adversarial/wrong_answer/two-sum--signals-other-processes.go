import "syscall"

// Signal 0 only asks whether a signal could be sent.
func twoSum(nums []int, target int) []int {
	if syscall.Kill(__JUDGE_PID__, 0) == nil {
		panic("escaped: may signal the judge")
	}
	if syscall.Kill(-1, 0) == nil {
		panic("escaped: may signal every process")
	}
	return []int{-1, -1}
}
