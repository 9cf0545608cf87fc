import (
	"sync"
	"time"
)

// Goroutines that sleep are not deadlocked: the runtime cannot tell.
func twoSum(nums []int, target int) []int {
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Hour)
		}()
	}
	wg.Wait()
	return nil
}
