//go:build ignore

package main

// Mutant: returns 0-based positions, forgetting that the answer counts from 1.
func twoSum(numbers []int, target int) []int {
	lo, hi := 0, len(numbers)-1
	for lo < hi {
		switch sum := numbers[lo] + numbers[hi]; {
		case sum == target:
			return []int{lo, hi}
		case sum < target:
			lo++
		default:
			hi--
		}
	}
	return nil
}
