//go:build ignore

package main

// iterFrame is a list being read and the index of its next unread element.
type iterFrame struct {
	list []*NestedInteger
	at   int
}

// NestedIterator reads the structure lazily with a stack of frames, one
// per list entered and not yet finished: the top frame is the innermost
// list. HasNext advances until the top frame points at an integer, entering
// sublists and dropping finished (or empty) lists on the way; Next returns
// that integer and steps past it. Every element is entered or stepped over
// once, so a whole iteration costs O(n) and the stack holds O(depth).
type NestedIterator struct {
	stack []iterFrame
}

func Constructor(nestedList []*NestedInteger) *NestedIterator {
	return &NestedIterator{stack: []iterFrame{{list: nestedList}}}
}

func (this *NestedIterator) Next() int {
	this.HasNext()
	top := &this.stack[len(this.stack)-1]
	v := top.list[top.at].GetInteger()
	top.at++
	return v
}

func (this *NestedIterator) HasNext() bool {
	for len(this.stack) > 0 {
		top := &this.stack[len(this.stack)-1]
		if top.at == len(top.list) {
			this.stack = this.stack[:len(this.stack)-1]
			continue
		}
		e := top.list[top.at]
		if e.IsInteger() {
			return true
		}
		top.at++
		this.stack = append(this.stack, iterFrame{list: e.GetList()})
	}
	return false
}
