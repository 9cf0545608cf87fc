//go:build ignore

package main

// MyHashMap is one unordered list of (key, value) pairs searched from the
// start on every call.
type MyHashMap struct {
	keys, values []int
}

func Constructor() MyHashMap {
	return MyHashMap{}
}

func (this *MyHashMap) find(key int) int {
	for i, k := range this.keys {
		if k == key {
			return i
		}
	}
	return -1
}

func (this *MyHashMap) Put(key int, value int) {
	if i := this.find(key); i >= 0 {
		this.values[i] = value
		return
	}
	this.keys = append(this.keys, key)
	this.values = append(this.values, value)
}

func (this *MyHashMap) Get(key int) int {
	if i := this.find(key); i >= 0 {
		return this.values[i]
	}
	return -1
}

func (this *MyHashMap) Remove(key int) {
	if i := this.find(key); i >= 0 {
		this.keys = append(this.keys[:i], this.keys[i+1:]...)
		this.values = append(this.values[:i], this.values[i+1:]...)
	}
}
