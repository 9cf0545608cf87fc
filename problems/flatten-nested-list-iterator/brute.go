//go:build ignore

package main

// NestedIterator, the plain way: the constructor copies every integer, in
// order, into one slice by a recursive walk; the iterator is an index
// into that slice.
type NestedIterator struct {
	vals []int
	pos  int
}

func bruteFlatten(list []*NestedInteger, out *[]int) {
	for _, e := range list {
		if e.IsInteger() {
			*out = append(*out, e.GetInteger())
		} else {
			bruteFlatten(e.GetList(), out)
		}
	}
}

func Constructor(nestedList []*NestedInteger) *NestedIterator {
	it := &NestedIterator{}
	bruteFlatten(nestedList, &it.vals)
	return it
}

func (this *NestedIterator) Next() int {
	v := this.vals[this.pos]
	this.pos++
	return v
}

func (this *NestedIterator) HasNext() bool {
	return this.pos < len(this.vals)
}
