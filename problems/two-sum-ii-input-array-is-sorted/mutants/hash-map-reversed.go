//go:build ignore

package main

// Mutant: reuses the unsorted Two Sum's hash map and returns the current
// position first, so the pair comes out as [index2, index1].
func twoSum(numbers []int, target int) []int {
	seen := make(map[int]int, len(numbers))
	for i, v := range numbers {
		if j, ok := seen[target-v]; ok {
			return []int{i + 1, j + 1}
		}
		seen[v] = i
	}
	return nil
}
