//go:build ignore

package main

// Mutant: a direct-address array of 10^6 slots, one too few: key 10^6 is
// out of range.
type MyHashMap struct {
	values []int
}

func Constructor() MyHashMap {
	v := make([]int, 1000000)
	for i := range v {
		v[i] = -1
	}
	return MyHashMap{values: v}
}

func (this *MyHashMap) Put(key int, value int) {
	this.values[key] = value
}

func (this *MyHashMap) Get(key int) int {
	return this.values[key]
}

func (this *MyHashMap) Remove(key int) {
	this.values[key] = -1
}
