//go:build ignore

package main

import "math/rand/v2"

// Mutant: keeps only a map and, on every getRandom, copies its keys into a
// slice to pick one: O(n) per draw instead of O(1).
// verdict: time_limit_exceeded
type RandomizedSet struct {
	set map[int]struct{}
}

func Constructor() RandomizedSet {
	return RandomizedSet{set: map[int]struct{}{}}
}

func (this *RandomizedSet) Insert(val int) bool {
	if _, ok := this.set[val]; ok {
		return false
	}
	this.set[val] = struct{}{}
	return true
}

func (this *RandomizedSet) Remove(val int) bool {
	if _, ok := this.set[val]; !ok {
		return false
	}
	delete(this.set, val)
	return true
}

func (this *RandomizedSet) GetRandom() int {
	keys := make([]int, 0, len(this.set))
	for k := range this.set {
		keys = append(keys, k)
	}
	return keys[rand.IntN(len(keys))]
}
