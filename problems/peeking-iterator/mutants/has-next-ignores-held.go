//go:build ignore

package main

// Mutant: hasNext asks only the wrapped iterator, forgetting the element
// peek is holding; after peeking at the last element it says nothing is
// left.
// verdict: wrong_answer
type PeekingIterator struct {
	iter   *Iterator
	held   int
	isHeld bool
}

func Constructor(iter *Iterator) *PeekingIterator {
	return &PeekingIterator{iter: iter}
}

func (this *PeekingIterator) hasNext() bool {
	return this.iter.hasNext()
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
