//go:build ignore

package main

// Mutant: keeps the non-zero (index, value) pairs, but for each pair of
// one vector scans all the pairs of the other for the same index: O(k1 *
// k2), about 10^10 steps when both vectors of 10^5 entries are dense.
// verdict: time_limit_exceeded
type SparseVector struct {
	pairs [][2]int
}

func Constructor(nums []int) SparseVector {
	var v SparseVector
	for i, x := range nums {
		if x != 0 {
			v.pairs = append(v.pairs, [2]int{i, x})
		}
	}
	return v
}

func (this *SparseVector) dotProduct(vec SparseVector) int {
	sum := 0
	for _, p := range this.pairs {
		for _, q := range vec.pairs {
			if p[0] == q[0] {
				sum += p[1] * q[1]
			}
		}
	}
	return sum
}
