//go:build ignore

package main

// Returns the first two indices whatever they add up to.
// verdict: wrong_answer
func anyPair(nums []int, target int) []int {
	return []int{0, 1}
}
