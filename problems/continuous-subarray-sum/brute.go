//go:build ignore

package main

// checkSubarraySum adds up every stretch of two or more elements from
// scratch and tests it for divisibility.
func checkSubarraySum(nums []int, k int) bool {
	for i := range nums {
		for j := i + 1; j < len(nums); j++ {
			sum := 0
			for t := i; t <= j; t++ {
				sum += nums[t]
			}
			if sum%k == 0 {
				return true
			}
		}
	}
	return false
}
