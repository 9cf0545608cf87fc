//go:build ignore

package main

// SparseVector keeps only the non-zero entries, as parallel lists of their
// indices (increasing) and values, sized by a first counting pass.
type SparseVector struct {
	idx, val []int
}

func Constructor(nums []int) SparseVector {
	k := 0
	for _, x := range nums {
		if x != 0 {
			k++
		}
	}
	v := SparseVector{idx: make([]int, 0, k), val: make([]int, 0, k)}
	for i, x := range nums {
		if x != 0 {
			v.idx = append(v.idx, i)
			v.val = append(v.val, x)
		}
	}
	return v
}

// dotProduct merges the two index lists: only an index both vectors hold
// contributes. The pointer at the smaller index cannot match anything
// further along the other list, so it is the one to advance.
func (this *SparseVector) dotProduct(vec SparseVector) int {
	sum := 0
	for i, j := 0, 0; i < len(this.idx) && j < len(vec.idx); {
		switch a, b := this.idx[i], vec.idx[j]; {
		case a == b:
			sum += this.val[i] * vec.val[j]
			i++
			j++
		case a < b:
			i++
		default:
			j++
		}
	}
	return sum
}
