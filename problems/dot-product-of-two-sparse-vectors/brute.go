//go:build ignore

package main

// SparseVector keeps the whole vector, zeros and all; the product is the
// textbook sum over every position.
type SparseVector struct {
	nums []int
}

func Constructor(nums []int) SparseVector {
	return SparseVector{nums: append([]int(nil), nums...)}
}

func (this *SparseVector) dotProduct(vec SparseVector) int {
	sum := 0
	for i := range this.nums {
		sum += this.nums[i] * vec.nums[i]
	}
	return sum
}
