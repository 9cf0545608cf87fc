// message: only the Go standard library
import "github.com/example/fastmap"

func twoSum(nums []int, target int) []int {
	return fastmap.Pair(nums, target)
}
