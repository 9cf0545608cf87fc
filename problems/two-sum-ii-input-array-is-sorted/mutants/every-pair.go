//go:build ignore

package main

// Mutant: tries every pair of positions, ignoring that the array is sorted;
// O(n^2) checks when the pair sits at the end.
// verdict: time_limit_exceeded
func twoSum(numbers []int, target int) []int {
	for i := range numbers {
		for j := i + 1; j < len(numbers); j++ {
			if numbers[i]+numbers[j] == target {
				return []int{i + 1, j + 1}
			}
		}
	}
	return nil
}
