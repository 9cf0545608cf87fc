// message: fault
import "unsafe"

func twoSum(nums []int, target int) []int {
	p := (*int)(unsafe.Pointer(uintptr(0xdead0000)))
	*p = 1
	return nil
}
