//go:build ignore

package main

// Mutant: keeps the unread elements in one slice and, on meeting a list
// at its front, splices the list's elements in front of the rest with a
// fresh copy of the whole remainder. Each list opened costs the length of
// everything still unread, so a long list of one-element lists is
// quadratic.
// verdict: time_limit_exceeded
type NestedIterator struct {
	items []*NestedInteger
}

func Constructor(nestedList []*NestedInteger) *NestedIterator {
	return &NestedIterator{items: nestedList}
}

func (this *NestedIterator) Next() int {
	this.HasNext()
	v := this.items[0].GetInteger()
	this.items = this.items[1:]
	return v
}

func (this *NestedIterator) HasNext() bool {
	for len(this.items) > 0 && !this.items[0].IsInteger() {
		inner := this.items[0].GetList()
		spliced := make([]*NestedInteger, 0, len(inner)+len(this.items)-1)
		spliced = append(spliced, inner...)
		this.items = append(spliced, this.items[1:]...)
	}
	return len(this.items) > 0
}
