//go:build ignore

package main

// twoSum closes in from both ends: a sum that is too small can only grow by
// moving the left index right, one that is too big only shrink by moving the
// right index left.
func twoSum(numbers []int, target int) []int {
	lo, hi := 0, len(numbers)-1
	for lo < hi {
		switch sum := numbers[lo] + numbers[hi]; {
		case sum == target:
			return []int{lo + 1, hi + 1}
		case sum < target:
			lo++
		default:
			hi--
		}
	}
	return nil
}
