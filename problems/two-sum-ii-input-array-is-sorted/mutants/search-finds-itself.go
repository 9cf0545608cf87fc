//go:build ignore

package main

import "sort"

// Mutant: binary-searches the whole array for each complement, so when the
// pair is two equal values the search can land on the element itself.
func twoSum(numbers []int, target int) []int {
	for i, v := range numbers {
		j := sort.SearchInts(numbers, target-v)
		if j < len(numbers) && numbers[j] == target-v {
			return []int{min(i, j) + 1, max(i, j) + 1}
		}
	}
	return nil
}
