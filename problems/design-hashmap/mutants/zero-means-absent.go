//go:build ignore

package main

// Mutant: a direct-address array where 0 marks a missing key, so a key
// stored with the value 0 reads back as missing.
type MyHashMap struct {
	values []int
}

func Constructor() MyHashMap {
	return MyHashMap{values: make([]int, 1000001)}
}

func (this *MyHashMap) Put(key int, value int) {
	this.values[key] = value
}

func (this *MyHashMap) Get(key int) int {
	if this.values[key] == 0 {
		return -1
	}
	return this.values[key]
}

func (this *MyHashMap) Remove(key int) {
	this.values[key] = 0
}
