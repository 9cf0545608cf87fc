//go:build ignore

package main

import "sort"

// Mutant: sorts and walks two pointers, but returns positions in the sorted
// copy instead of the original indices.
func twoSum(nums []int, target int) []int {
	s := append([]int(nil), nums...)
	sort.Ints(s)
	for i, j := 0, len(s)-1; i < j; {
		switch sum := s[i] + s[j]; {
		case sum == target:
			return []int{i, j}
		case sum < target:
			i++
		default:
			j--
		}
	}
	return nil
}
