// message: too many processes or threads
import "syscall"

// Every goroutine blocked in a system call holds an OS thread.
func twoSum(nums []int, target int) []int {
	for i := 0; i < 5000; i++ {
		go syscall.Nanosleep(&syscall.Timespec{Sec: 3600}, nil)
	}
	select {}
}
