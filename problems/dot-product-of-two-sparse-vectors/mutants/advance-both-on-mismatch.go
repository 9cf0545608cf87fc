//go:build ignore

package main

// Mutant: merges the two pair lists but advances both pointers whenever
// the indices differ, so once the lists fall out of step the matches that
// follow are skipped.
// verdict: wrong_answer
type SparseVector struct {
	idx, val []int
}

func Constructor(nums []int) SparseVector {
	var v SparseVector
	for i, x := range nums {
		if x != 0 {
			v.idx = append(v.idx, i)
			v.val = append(v.val, x)
		}
	}
	return v
}

func (this *SparseVector) dotProduct(vec SparseVector) int {
	sum := 0
	for i, j := 0, 0; i < len(this.idx) && j < len(vec.idx); i, j = i+1, j+1 {
		if this.idx[i] == vec.idx[j] {
			sum += this.val[i] * vec.val[j]
		}
	}
	return sum
}
