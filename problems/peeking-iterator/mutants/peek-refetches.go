//go:build ignore

package main

// Mutant: peek always takes a fresh element from the wrapped iterator and
// overwrites the held one, so two peeks in a row skip an element (a wrong
// answer, or a crash once the skipped elements run the iterator dry).
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
	this.held = this.iter.next()
	this.isHeld = true
	return this.held
}
