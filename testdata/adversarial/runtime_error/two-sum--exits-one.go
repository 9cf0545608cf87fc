// message: exit status 1
import "os"

func twoSum(nums []int, target int) []int {
	os.Exit(1)
	return nil
}
