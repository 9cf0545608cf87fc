func twoSum(nums []int, target int) []int {
	line := strings.Repeat("debug ", 100)
	for {
		fmt.Println(line)
	}
}
