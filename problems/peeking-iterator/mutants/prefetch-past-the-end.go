//go:build ignore

package main

// Mutant: always keeps the upcoming element fetched, refilling it in next
// without asking the wrapped iterator whether anything is left, so taking
// the last element calls next on an exhausted iterator and crashes.
// verdict: runtime_error
type PeekingIterator struct {
	iter *Iterator
	cur  int
	more bool
}

func Constructor(iter *Iterator) *PeekingIterator {
	return &PeekingIterator{iter: iter, cur: iter.next(), more: true}
}

func (this *PeekingIterator) hasNext() bool {
	return this.more
}

func (this *PeekingIterator) next() int {
	v := this.cur
	this.cur = this.iter.next()
	return v
}

func (this *PeekingIterator) peek() int {
	return this.cur
}
