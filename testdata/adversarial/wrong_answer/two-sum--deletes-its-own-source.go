import "os"

// The user's own file, where it is on disk.
func twoSum(nums []int, target int) []int {
	if os.Remove("__SOURCE__") == nil {
		panic("escaped: deleted __SOURCE__")
	}
	if os.WriteFile("__SOURCE__", []byte("gone"), 0o644) == nil {
		panic("escaped: overwrote __SOURCE__")
	}
	return []int{-1, -1}
}
