//go:build ignore

package main

// Mutant: leaves the struct empty and keeps the entries in a package-level
// map, as if there were one vector: the second Constructor overwrites the
// first's entries, so dotProduct multiplies nums2 by itself.
// verdict: wrong_answer
type SparseVector struct {
}

var entries map[int]int

func Constructor(nums []int) SparseVector {
	entries = map[int]int{}
	for i, x := range nums {
		if x != 0 {
			entries[i] = x
		}
	}
	return SparseVector{}
}

func (this *SparseVector) dotProduct(vec SparseVector) int {
	sum := 0
	for i, x := range entries {
		sum += x * entries[i]
	}
	return sum
}
