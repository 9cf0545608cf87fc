//go:build ignore

package main

// LFUCache keeps its entries in a plain slice. Every use bumps the entry's
// count and stamps it with a global clock; an eviction looks at every entry
// for the smallest (count, stamp) pair.
type LFUCache struct {
	capacity int
	clock    int
	entries  []bruteEntry
}

type bruteEntry struct {
	key, value, count, stamp int
}

func Constructor(capacity int) LFUCache {
	return LFUCache{capacity: capacity}
}

func (this *LFUCache) find(key int) int {
	for i, e := range this.entries {
		if e.key == key {
			return i
		}
	}
	return -1
}

func (this *LFUCache) use(i int) {
	this.clock++
	this.entries[i].count++
	this.entries[i].stamp = this.clock
}

func (this *LFUCache) Get(key int) int {
	i := this.find(key)
	if i < 0 {
		return -1
	}
	this.use(i)
	return this.entries[i].value
}

func (this *LFUCache) Put(key int, value int) {
	if i := this.find(key); i >= 0 {
		this.entries[i].value = value
		this.use(i)
		return
	}
	if len(this.entries) == this.capacity {
		victim := 0
		for i, e := range this.entries {
			v := this.entries[victim]
			if e.count < v.count || e.count == v.count && e.stamp < v.stamp {
				victim = i
			}
		}
		this.entries = append(this.entries[:victim], this.entries[victim+1:]...)
	}
	this.clock++
	this.entries = append(this.entries, bruteEntry{key: key, value: value, count: 1, stamp: this.clock})
}
