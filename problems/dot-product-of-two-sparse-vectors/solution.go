//go:build ignore

package main

// entry is one non-zero entry of a vector: its index and its value.
type entry struct {
	idx, val int32
}

// SparseVector keeps only the non-zero entries, in increasing order of
// index, in a list sized by a first counting pass.
type SparseVector struct {
	entries []entry
}

func Constructor(nums []int) SparseVector {
	k := 0
	for _, x := range nums {
		if x != 0 {
			k++
		}
	}
	v := SparseVector{entries: make([]entry, 0, k)}
	for i, x := range nums {
		if x != 0 {
			v.entries = append(v.entries, entry{int32(i), int32(x)})
		}
	}
	return v
}

// dotProduct merges the two entry lists: only an index both vectors hold
// contributes. The pointer at the smaller index cannot match anything
// further along the other list, so it is the one to advance.
func (this *SparseVector) dotProduct(vec SparseVector) int {
	a, b := this.entries, vec.entries
	sum := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].idx == b[j].idx:
			sum += int(a[i].val) * int(b[j].val)
			i++
			j++
		case a[i].idx < b[j].idx:
			i++
		default:
			j++
		}
	}
	return sum
}
