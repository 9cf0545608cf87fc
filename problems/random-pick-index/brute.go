//go:build ignore

package main

import "math/rand/v2"

// Solution keeps the array and, on every pick, scans all of it for the
// positions holding the target, then draws one of them uniformly.
type Solution struct {
	nums []int
}

func Constructor(nums []int) Solution {
	return Solution{nums: nums}
}

func (this *Solution) Pick(target int) int {
	var idx []int
	for i, v := range this.nums {
		if v == target {
			idx = append(idx, i)
		}
	}
	return idx[rand.IntN(len(idx))]
}
