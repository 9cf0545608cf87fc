//go:build ignore

package main

// longestConsecutive tries every value as the bottom of a run and grows the
// run while the next value can be found by a linear search of the list.
func longestConsecutive(nums []int) int {
	has := func(x int) bool {
		for _, v := range nums {
			if v == x {
				return true
			}
		}
		return false
	}
	best := 0
	for _, v := range nums {
		k := 1
		for has(v + k) {
			k++
		}
		if k > best {
			best = k
		}
	}
	return best
}
