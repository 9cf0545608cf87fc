// The failing test's output is found even after more output than the
// judge keeps from the start of the run.
// stdout: the fifth call fails
// stdout lacks: padding
var calls int

func twoSum(nums []int, target int) []int {
	calls++
	if calls < 5 {
		fmt.Println(strings.Repeat("padding ", 40000))
	} else {
		fmt.Println("the fifth call fails")
		return nil
	}
	seen := map[int]int{}
	for i, v := range nums {
		if j, ok := seen[target-v]; ok {
			return []int{j, i}
		}
		seen[v] = i
	}
	return nil
}
