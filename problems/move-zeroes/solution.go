//go:build ignore

package main

// moveZeroes walks the array once with a write position: every non-zero
// value is swapped down to the write position, which keeps the non-zero
// values in their original order and leaves the zeros behind them.
func moveZeroes(nums []int) {
	w := 0
	for i, v := range nums {
		if v != 0 {
			nums[w], nums[i] = v, nums[w]
			w++
		}
	}
}
