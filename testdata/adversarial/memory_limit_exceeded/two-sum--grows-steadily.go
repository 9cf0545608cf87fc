import "time"

var kept [][]byte

// 32 MB every 20 ms: past 256 MB well within the test's time.
func twoSum(nums []int, target int) []int {
	for {
		b := make([]byte, 32<<20)
		for i := 0; i < len(b); i += 4096 {
			b[i] = 1
		}
		kept = append(kept, b)
		time.Sleep(20 * time.Millisecond)
	}
}
