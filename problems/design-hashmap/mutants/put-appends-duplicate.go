//go:build ignore

package main

// Mutant: chaining whose put always appends a new pair without looking for
// the key first, so get keeps returning the oldest value of a key and
// remove deletes only one of its copies.
type MyHashMap struct {
	buckets [][][2]int
}

const nBuckets = 1009

func Constructor() MyHashMap {
	return MyHashMap{buckets: make([][][2]int, nBuckets)}
}

func (this *MyHashMap) Put(key int, value int) {
	b := key % nBuckets
	this.buckets[b] = append(this.buckets[b], [2]int{key, value})
}

func (this *MyHashMap) Get(key int) int {
	for _, p := range this.buckets[key%nBuckets] {
		if p[0] == key {
			return p[1]
		}
	}
	return -1
}

func (this *MyHashMap) Remove(key int) {
	b := this.buckets[key%nBuckets]
	for i, p := range b {
		if p[0] == key {
			this.buckets[key%nBuckets] = append(b[:i], b[i+1:]...)
			return
		}
	}
}
