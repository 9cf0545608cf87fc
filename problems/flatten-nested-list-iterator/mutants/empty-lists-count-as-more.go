//go:build ignore

package main

// Mutant: a stack of the unread elements (the last one on top) whose
// HasNext only checks that the stack is not empty. An empty list still on
// the stack makes it answer true when no integer is left, so a structure
// that ends in empty lists claims one more element than it has.
type NestedIterator struct {
	stack []*NestedInteger
}

func pushReversed(stack []*NestedInteger, list []*NestedInteger) []*NestedInteger {
	for i := len(list) - 1; i >= 0; i-- {
		stack = append(stack, list[i])
	}
	return stack
}

func Constructor(nestedList []*NestedInteger) *NestedIterator {
	return &NestedIterator{stack: pushReversed(nil, nestedList)}
}

func (this *NestedIterator) Next() int {
	for {
		top := this.stack[len(this.stack)-1]
		this.stack = this.stack[:len(this.stack)-1]
		if top.IsInteger() {
			return top.GetInteger()
		}
		this.stack = pushReversed(this.stack, top.GetList())
	}
}

func (this *NestedIterator) HasNext() bool {
	return len(this.stack) > 0
}
