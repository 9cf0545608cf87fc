func moveZeroes(nums []int) {
	k := 0
	for i, v := range nums {
		if v != 0 {
			nums[k], nums[i] = nums[i], nums[k]
			k++
		}
	}
}
