//go:build ignore

package main

import "math/rand/v2"

// Mutant: draws from rand.IntN(len-1), an off-by-one that never returns
// the target's last index (it guards the single-index case, so it only
// shows over many picks).
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
	if len(idx) == 1 {
		return idx[0]
	}
	return idx[rand.IntN(len(idx)-1)]
}
