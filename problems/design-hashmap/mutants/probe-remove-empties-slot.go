//go:build ignore

package main

// Mutant: open addressing with linear probing whose remove simply marks the
// slot empty, so keys that had probed past that slot can no longer be found
// (and a later put of such a key stores a second copy).
//
// No time_limit_exceeded mutant: the slow alternative, one list searched
// linearly on every call, costs at most about 5*10^7 comparisons at 10^4
// calls, close to the time limit rather than reliably past it.
type MyHashMap struct {
	keys, values []int
	used         []bool
}

const size = 1 << 15

func Constructor() MyHashMap {
	return MyHashMap{keys: make([]int, size), values: make([]int, size), used: make([]bool, size)}
}

// slot is where key sits, or the first free slot on its probe path.
func (this *MyHashMap) slot(key int) int {
	i := key % size
	for this.used[i] && this.keys[i] != key {
		i = (i + 1) % size
	}
	return i
}

func (this *MyHashMap) Put(key int, value int) {
	i := this.slot(key)
	this.keys[i], this.values[i], this.used[i] = key, value, true
}

func (this *MyHashMap) Get(key int) int {
	if i := this.slot(key); this.used[i] {
		return this.values[i]
	}
	return -1
}

func (this *MyHashMap) Remove(key int) {
	if i := this.slot(key); this.used[i] {
		this.used[i] = false
	}
}
