import "time"

var calls int

// Each call leaves a goroutine sleeping, and one that keeps a counter
// going: they die with the program.
func twoSum(nums []int, target int) []int {
	calls++
	go time.Sleep(time.Hour)
	go func() {
		for {
			calls++
			time.Sleep(time.Millisecond)
		}
	}()
	seen := map[int]int{}
	for i, v := range nums {
		if j, ok := seen[target-v]; ok {
			return []int{j, i}
		}
		seen[v] = i
	}
	return nil
}
