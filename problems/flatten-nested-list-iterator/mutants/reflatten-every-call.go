//go:build ignore

package main

// Mutant: keeps only the original list and a count of integers returned,
// and flattens the whole structure again on every call to find the next
// one: O(n) per call, O(n^2) for a full iteration.
// verdict: time_limit_exceeded
type NestedIterator struct {
	list []*NestedInteger
	pos  int
}

func Constructor(nestedList []*NestedInteger) *NestedIterator {
	return &NestedIterator{list: nestedList}
}

func flattenAll(list []*NestedInteger, out []int) []int {
	for _, e := range list {
		if e.IsInteger() {
			out = append(out, e.GetInteger())
		} else {
			out = flattenAll(e.GetList(), out)
		}
	}
	return out
}

func (this *NestedIterator) Next() int {
	v := flattenAll(this.list, nil)[this.pos]
	this.pos++
	return v
}

func (this *NestedIterator) HasNext() bool {
	return this.pos < len(flattenAll(this.list, nil))
}
