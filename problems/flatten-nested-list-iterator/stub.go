//go:build ignore

package main

/**
 * // This is the interface that allows for creating nested lists.
 * // It is already implemented; do not implement it or rely on how it works.
 * type NestedInteger struct {
 * }
 *
 * // Reports whether this NestedInteger holds one integer rather than a nested list.
 * func (this NestedInteger) IsInteger() bool {}
 *
 * // The integer this NestedInteger holds, when it holds one integer.
 * // Its value is undefined when it holds a nested list, so check IsInteger first.
 * func (this NestedInteger) GetInteger() int {}
 *
 * // Makes this NestedInteger hold the single integer value.
 * func (n *NestedInteger) SetInteger(value int) {}
 *
 * // Makes this NestedInteger hold a nested list and appends elem to it.
 * func (this *NestedInteger) Add(elem NestedInteger) {}
 *
 * // The nested list this NestedInteger holds, when it holds a list.
 * // The list is empty when it holds a single integer.
 * // The elements are pointers, so changes made through them are seen by the list.
 * func (this NestedInteger) GetList() []*NestedInteger {}
 */

type NestedIterator struct {
}

func Constructor(nestedList []*NestedInteger) *NestedIterator {
	return nil
}

func (this *NestedIterator) Next() int {
	return 0
}

func (this *NestedIterator) HasNext() bool {
	return false
}
