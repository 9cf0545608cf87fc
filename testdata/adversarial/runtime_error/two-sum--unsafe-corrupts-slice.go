import "unsafe"

// A slice header rewritten to claim far more than it holds.
func twoSum(nums []int, target int) []int {
	type header struct {
		data     uintptr
		len, cap int
	}
	h := (*header)(unsafe.Pointer(&nums))
	h.len, h.cap = 1<<40, 1<<40
	s := 0
	for i := 0; i < len(nums); i += 4096 {
		s += nums[i]
	}
	return []int{s}
}
