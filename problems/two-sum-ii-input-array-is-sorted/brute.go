//go:build ignore

package main

// twoSum tries every pair of positions, ignoring the order of the array.
func twoSum(numbers []int, target int) []int {
	for j := 1; j < len(numbers); j++ {
		for i := 0; i < j; i++ {
			if numbers[i]+numbers[j] == target {
				return []int{i + 1, j + 1}
			}
		}
	}
	return nil
}
