//go:build ignore

package main

/*   The Iterator type below is already defined for you; use its methods.
 *
 *   type Iterator struct {
 *
 *   }
 *
 *   func (this *Iterator) hasNext() bool {
 *		// Reports whether the iteration has elements left.
 *   }
 *
 *   func (this *Iterator) next() int {
 *		// Returns the next element and moves past it.
 *   }
 */

type PeekingIterator struct {
}

func Constructor(iter *Iterator) *PeekingIterator {
	return nil
}

func (this *PeekingIterator) hasNext() bool {
	return false
}

func (this *PeekingIterator) next() int {
	return 0
}

func (this *PeekingIterator) peek() int {
	return 0
}
