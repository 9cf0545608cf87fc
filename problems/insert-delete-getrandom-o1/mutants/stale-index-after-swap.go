//go:build ignore

package main

import "math/rand/v2"

// Mutant: remove moves the last element into the freed slot but forgets to
// record its new position, so a later remove of that element reads a stale
// index.
type RandomizedSet struct {
	vals []int
	pos  map[int]int
}

func Constructor() RandomizedSet {
	return RandomizedSet{pos: map[int]int{}}
}

func (this *RandomizedSet) Insert(val int) bool {
	if _, ok := this.pos[val]; ok {
		return false
	}
	this.pos[val] = len(this.vals)
	this.vals = append(this.vals, val)
	return true
}

func (this *RandomizedSet) Remove(val int) bool {
	i, ok := this.pos[val]
	if !ok {
		return false
	}
	this.vals[i] = this.vals[len(this.vals)-1]
	this.vals = this.vals[:len(this.vals)-1]
	delete(this.pos, val)
	return true
}

func (this *RandomizedSet) GetRandom() int {
	return this.vals[rand.IntN(len(this.vals))]
}
