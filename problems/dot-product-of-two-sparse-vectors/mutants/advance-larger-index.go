//go:build ignore

package main

// Mutant: merges the two pair lists but, on a mismatch, advances the
// pointer at the larger index instead of the smaller one, stepping past
// indices the other list has yet to reach.
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
	for i, j := 0, 0; i < len(this.idx) && j < len(vec.idx); {
		switch a, b := this.idx[i], vec.idx[j]; {
		case a == b:
			sum += this.val[i] * vec.val[j]
			i++
			j++
		case a < b:
			j++
		default:
			i++
		}
	}
	return sum
}
