// message: panic: in a package variable
var table = func() map[int]int {
	panic("in a package variable")
}()

func twoSum(nums []int, target int) []int { return nil }
