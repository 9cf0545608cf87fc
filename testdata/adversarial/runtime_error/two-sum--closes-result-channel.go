import "syscall"

// Closing the judge's descriptor, then answering right: the driver cannot
// report, and the run must not pass.
func twoSum(nums []int, target int) []int {
	syscall.Close(3)
	seen := map[int]int{}
	for i, v := range nums {
		if j, ok := seen[target-v]; ok {
			return []int{j, i}
		}
		seen[v] = i
	}
	return nil
}
