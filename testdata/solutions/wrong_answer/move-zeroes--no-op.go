func moveZeroes(nums []int) {}
