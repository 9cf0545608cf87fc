// message: panic: interface conversion: interface {} is string, not int
// message: at twoSum (two-sum--gods-wrong-comparator.go:8)
// A panic inside github.com/emirpasic/gods (string keys in a tree made for
// ints) is shown at the user's line that called the library.
func twoSum(nums []int, target int) []int {
	t := redblacktree.NewWithIntComparator()
	for i, v := range nums {
		t.Put(strconv.Itoa(v), i)
	}
	return nil
}
