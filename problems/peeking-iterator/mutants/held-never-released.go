//go:build ignore

package main

// Mutant: next returns the held element but never clears the flag, so
// after one peek every next returns that same element forever.
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
	return this.isHeld || this.iter.hasNext()
}

func (this *PeekingIterator) next() int {
	if this.isHeld {
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
