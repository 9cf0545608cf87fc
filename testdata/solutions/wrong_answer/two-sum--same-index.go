// message: []int{
func twoSum(nums []int, target int) []int {
	at := map[int]int{}
	for i, v := range nums {
		at[v] = i
	}
	for i, v := range nums {
		if j, ok := at[target-v]; ok {
			return []int{i, j}
		}
	}
	return nil
}
