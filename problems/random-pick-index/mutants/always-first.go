//go:build ignore

package main

// Mutant: remembers the first index of every value and always returns it:
// a right index each time, but never any of the others.
type Solution struct {
	first map[int]int
}

func Constructor(nums []int) Solution {
	first := make(map[int]int)
	for i := len(nums) - 1; i >= 0; i-- {
		first[nums[i]] = i
	}
	return Solution{first: first}
}

func (this *Solution) Pick(target int) int {
	return this.first[target]
}
