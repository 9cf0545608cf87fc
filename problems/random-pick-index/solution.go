//go:build ignore

package main

import "math/rand/v2"

// Solution maps every value to the positions that hold it, built once.
// A pick draws a uniform random position from the target's list, so every
// index holding the target is equally likely: O(1) per pick.
type Solution struct {
	where map[int][]int
}

func Constructor(nums []int) Solution {
	where := make(map[int][]int)
	for i, v := range nums {
		where[v] = append(where[v], i)
	}
	return Solution{where: where}
}

func (this *Solution) Pick(target int) int {
	idx := this.where[target]
	return idx[rand.IntN(len(idx))]
}
