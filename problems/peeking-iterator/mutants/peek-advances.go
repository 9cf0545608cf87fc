//go:build ignore

package main

// Mutant: peek simply takes the next element from the wrapped iterator and
// forgets it, so the element it showed is lost and the following next
// returns the one after it (a wrong answer, or a crash once the skipped
// elements run the wrapped iterator dry).
//
// No time-limit mutant: with at most 1000 elements and 1000 calls, even a
// solution doing O(n) work per call makes about 10^6 steps, far inside any
// limit, so no worse complexity class can be caught reliably.
type PeekingIterator struct {
	iter *Iterator
}

func Constructor(iter *Iterator) *PeekingIterator {
	return &PeekingIterator{iter: iter}
}

func (this *PeekingIterator) hasNext() bool {
	return this.iter.hasNext()
}

func (this *PeekingIterator) next() int {
	return this.iter.next()
}

func (this *PeekingIterator) peek() int {
	return this.iter.next()
}
