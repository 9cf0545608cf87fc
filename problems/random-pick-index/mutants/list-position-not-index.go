//go:build ignore

package main

import "math/rand/v2"

// Mutant: draws a random position in the target's list of indices and
// returns that position instead of the index stored there.
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
	return rand.IntN(len(this.where[target]))
}
