// Goroutines parked deep in recursion: their stacks are the memory
// (about 300 KB each).
func park(n int, c chan int) int {
	var pad [512]byte
	if n == 0 {
		return <-c
	}
	return park(n-1, c) + int(pad[n%512])
}

func twoSum(nums []int, target int) []int {
	c := make(chan int)
	for i := 0; i < 4000; i++ {
		go park(512, c)
	}
	// Sleep rather than block, so the runtime never reports a deadlock
	// before the stacks reach the memory limit.
	for {
		time.Sleep(time.Millisecond)
	}
}
