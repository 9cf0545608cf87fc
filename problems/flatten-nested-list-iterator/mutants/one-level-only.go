//go:build ignore

package main

// Mutant: flattens one level only: it takes the top-level integers and the
// integers directly inside top-level lists, and skips anything nested
// deeper. The tests then call next where an integer is due and the
// iterator has none left (a crash), or get the wrong integers.
type NestedIterator struct {
	vals []int
}

func Constructor(nestedList []*NestedInteger) *NestedIterator {
	it := &NestedIterator{}
	for _, e := range nestedList {
		if e.IsInteger() {
			it.vals = append(it.vals, e.GetInteger())
			continue
		}
		for _, f := range e.GetList() {
			if f.IsInteger() {
				it.vals = append(it.vals, f.GetInteger())
			}
		}
	}
	return it
}

func (this *NestedIterator) Next() int {
	v := this.vals[0]
	this.vals = this.vals[1:]
	return v
}

func (this *NestedIterator) HasNext() bool {
	return len(this.vals) > 0
}
