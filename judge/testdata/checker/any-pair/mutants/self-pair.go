//go:build ignore

package main

// Lets a number pair with itself.
// verdict: wrong_answer
func anyPair(nums []int, target int) []int {
	for i, v := range nums {
		for j := i; j < len(nums); j++ {
			if v+nums[j] == target {
				return []int{i, j}
			}
		}
	}
	return nil
}
