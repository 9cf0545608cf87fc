//go:build ignore

package main

// missingNumber subtracts the array's total from the total of 0..n,
// n(n+1)/2; what is left is the value that was never added.
func missingNumber(nums []int) int {
	n := len(nums)
	total := n * (n + 1) / 2
	for _, v := range nums {
		total -= v
	}
	return total
}
