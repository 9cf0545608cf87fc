//go:build ignore

package main

// PeekingIterator wraps an Iterator and holds at most one element taken
// from it early: peek takes the next element from the wrapped iterator
// only when none is held yet and keeps it; next hands out the held element
// first; hasNext is true while an element is held or the wrapped iterator
// has more. Every call is O(1).
type PeekingIterator struct {
	iter   *Iterator
	held   int
	isHeld bool
}

func Constructor(iter *Iterator) *PeekingIterator {
	return &PeekingIterator{iter: iter}
}

func (this *PeekingIterator) hasNext() bool {
	return this.isHeld || this.iter.hasNext()
}

func (this *PeekingIterator) next() int {
	if this.isHeld {
		this.isHeld = false
		return this.held
	}
	return this.iter.next()
}

func (this *PeekingIterator) peek() int {
	if !this.isHeld {
		this.held = this.iter.next()
		this.isHeld = true
	}
	return this.held
}
