// message: deadlock
import "sync"

func twoSum(nums []int, target int) []int {
	var mu sync.Mutex
	mu.Lock()
	mu.Lock()
	return nil
}
