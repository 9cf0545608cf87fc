// message: cgo
import "C"

func twoSum(nums []int, target int) []int { return nil }
