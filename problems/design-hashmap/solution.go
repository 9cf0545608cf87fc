//go:build ignore

package main

// MyHashMap is a hash table with separate chaining. A key's bucket is the
// top bits of the key times a large odd constant (Fibonacci hashing), which
// spreads patterned keys such as multiples of a power of two. Each bucket
// is a slice of (key, value) pairs. When the keys outnumber the buckets the
// table doubles and every pair is re-inserted, so buckets stay short on
// average and each call is O(1) amortised.
type MyHashMap struct {
	buckets [][]hmPair
	bits    uint // len(buckets) == 1 << bits
	size    int
}

type hmPair struct {
	key, value int
}

func Constructor() MyHashMap {
	const bits = 4
	return MyHashMap{buckets: make([][]hmPair, 1<<bits), bits: bits}
}

func (this *MyHashMap) index(key int) int {
	return int((uint64(key) * 0x9E3779B97F4A7C15) >> (64 - this.bits))
}

func (this *MyHashMap) Put(key int, value int) {
	i := this.index(key)
	for j := range this.buckets[i] {
		if this.buckets[i][j].key == key {
			this.buckets[i][j].value = value
			return
		}
	}
	this.buckets[i] = append(this.buckets[i], hmPair{key, value})
	this.size++
	if this.size > len(this.buckets) {
		this.grow()
	}
}

// grow doubles the bucket array and re-inserts every pair.
func (this *MyHashMap) grow() {
	old := this.buckets
	this.bits++
	this.buckets = make([][]hmPair, 1<<this.bits)
	for _, b := range old {
		for _, p := range b {
			i := this.index(p.key)
			this.buckets[i] = append(this.buckets[i], p)
		}
	}
}

func (this *MyHashMap) Get(key int) int {
	for _, p := range this.buckets[this.index(key)] {
		if p.key == key {
			return p.value
		}
	}
	return -1
}

func (this *MyHashMap) Remove(key int) {
	i := this.index(key)
	b := this.buckets[i]
	for j := range b {
		if b[j].key == key {
			b[j] = b[len(b)-1]
			this.buckets[i] = b[:len(b)-1]
			this.size--
			return
		}
	}
}
