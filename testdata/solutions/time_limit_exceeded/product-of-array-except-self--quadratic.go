func productExceptSelf(nums []int) []int {
	out := make([]int, len(nums))
	for i := range nums {
		p := 1
		for j, v := range nums {
			if i != j {
				p *= v
			}
		}
		out[i] = p
	}
	return out
}
