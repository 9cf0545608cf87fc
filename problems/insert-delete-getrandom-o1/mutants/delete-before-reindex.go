//go:build ignore

package main

import "math/rand/v2"

// Mutant: deletes the removed value from the map before writing the moved
// element's new index; when the removed value is itself the last element,
// that write puts it straight back into the map.
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
	delete(this.pos, val)
	last := this.vals[len(this.vals)-1]
	this.vals[i] = last
	this.pos[last] = i
	this.vals = this.vals[:len(this.vals)-1]
	return true
}

func (this *RandomizedSet) GetRandom() int {
	return this.vals[rand.IntN(len(this.vals))]
}
