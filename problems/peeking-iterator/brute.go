//go:build ignore

package main

// PeekingIterator, the plain way: the constructor drains the wrapped
// iterator into a slice, and the three calls read that slice at an index.
type PeekingIterator struct {
	vals []int
	pos  int
}

func Constructor(iter *Iterator) *PeekingIterator {
	p := &PeekingIterator{}
	for iter.hasNext() {
		p.vals = append(p.vals, iter.next())
	}
	return p
}

func (this *PeekingIterator) hasNext() bool {
	return this.pos < len(this.vals)
}

func (this *PeekingIterator) next() int {
	this.pos++
	return this.vals[this.pos-1]
}

func (this *PeekingIterator) peek() int {
	return this.vals[this.pos]
}
