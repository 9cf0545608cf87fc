//go:build ignore

package main

import "math/rand/v2"

// Mutant: draws the random index from [0, n-1) instead of [0, n): the last
// element is never returned, and a one-element set makes rand.IntN(0) panic.
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
	last := this.vals[len(this.vals)-1]
	this.vals[i] = last
	this.pos[last] = i
	this.vals = this.vals[:len(this.vals)-1]
	delete(this.pos, val)
	return true
}

func (this *RandomizedSet) GetRandom() int {
	return this.vals[rand.IntN(len(this.vals)-1)]
}
