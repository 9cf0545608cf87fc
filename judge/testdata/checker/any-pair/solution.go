//go:build ignore

package main

func anyPair(nums []int, target int) []int {
	seen := map[int]int{}
	for j, v := range nums {
		if i, ok := seen[target-v]; ok {
			return []int{i, j}
		}
		seen[v] = j
	}
	return nil
}
