//go:build ignore

package main

import "math/rand/v2"

// Mutant: a reservoir scan that replaces its choice with a fair coin at
// every later match instead of with probability 1/count: the last index
// comes up half the time, the first only 1 in 2^(m-1).
type Solution struct {
	nums []int
}

func Constructor(nums []int) Solution {
	return Solution{nums: nums}
}

func (this *Solution) Pick(target int) int {
	pick := -1
	for i, v := range this.nums {
		if v == target && (pick < 0 || rand.IntN(2) == 0) {
			pick = i
		}
	}
	return pick
}
