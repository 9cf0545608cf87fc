//go:build ignore

package main

import "math/rand/v2"

// Mutant: a reservoir scan that keeps the k-th match with probability
// 1/(k+1) instead of 1/k, so even the first match may be skipped and the
// pick stays -1 with probability 1/(m+1).
type Solution struct {
	nums []int
}

func Constructor(nums []int) Solution {
	return Solution{nums: nums}
}

func (this *Solution) Pick(target int) int {
	pick, count := -1, 0
	for i, v := range this.nums {
		if v == target {
			count++
			if rand.IntN(count+1) == 0 {
				pick = i
			}
		}
	}
	return pick
}
