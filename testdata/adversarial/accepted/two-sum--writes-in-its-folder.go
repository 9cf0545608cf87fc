import "os"

// Its own working folder is its to use.
func twoSum(nums []int, target int) []int {
	if err := os.WriteFile("scratch.txt", []byte("notes"), 0o644); err != nil {
		panic(err)
	}
	if err := os.MkdirAll("a/b", 0o755); err != nil {
		panic(err)
	}
	if err := os.Remove("scratch.txt"); err != nil {
		panic(err)
	}
	seen := map[int]int{}
	for i, v := range nums {
		if j, ok := seen[target-v]; ok {
			return []int{j, i}
		}
		seen[v] = i
	}
	return nil
}
