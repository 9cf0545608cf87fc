//go:build ignore

package main

// Mutant: pushes each list's elements onto the stack in their own order,
// so the last element is popped first and every list comes out reversed.
// verdict: wrong_answer
type NestedIterator struct {
	stack []*NestedInteger
}

func Constructor(nestedList []*NestedInteger) *NestedIterator {
	return &NestedIterator{stack: append([]*NestedInteger(nil), nestedList...)}
}

func (this *NestedIterator) Next() int {
	this.HasNext()
	top := this.stack[len(this.stack)-1]
	this.stack = this.stack[:len(this.stack)-1]
	return top.GetInteger()
}

func (this *NestedIterator) HasNext() bool {
	for len(this.stack) > 0 {
		top := this.stack[len(this.stack)-1]
		if top.IsInteger() {
			return true
		}
		this.stack = append(this.stack[:len(this.stack)-1], top.GetList()...)
	}
	return false
}
