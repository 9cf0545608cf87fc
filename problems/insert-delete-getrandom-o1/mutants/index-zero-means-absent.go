//go:build ignore

package main

import "math/rand/v2"

// Mutant: tests membership with pos[val] != 0 instead of the comma-ok form,
// so the element stored at index 0 looks absent: it can be inserted twice and
// cannot be removed.
type RandomizedSet struct {
	vals []int
	pos  map[int]int
}

func Constructor() RandomizedSet {
	return RandomizedSet{pos: map[int]int{}}
}

func (this *RandomizedSet) Insert(val int) bool {
	if this.pos[val] != 0 {
		return false
	}
	this.pos[val] = len(this.vals)
	this.vals = append(this.vals, val)
	return true
}

func (this *RandomizedSet) Remove(val int) bool {
	i := this.pos[val]
	if i == 0 {
		return false
	}
	last := this.vals[len(this.vals)-1]
	this.vals[i] = last
	this.pos[last] = i
	this.vals = this.vals[:len(this.vals)-1]
	delete(this.pos, val)
	return true
}

func (this *RandomizedSet) GetRandom() int {
	return this.vals[rand.IntN(len(this.vals))]
}
