// message: internal
import "internal/cpu"

func twoSum(nums []int, target int) []int {
	_ = cpu.X86
	return nil
}
