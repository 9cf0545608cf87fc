//go:build ignore

package main

// Mutant: right answers, but each entry only records its count and the time
// of its last use, and an eviction walks the whole map for the smallest
// (count, time) pair: O(capacity) per evicting put, which a full cache of
// 10^4 keys under a stream of new keys turns into billions of steps.
// verdict: time_limit_exceeded
type LFUCache struct {
	capacity int
	clock    int
	items    map[int]*entry
}

type entry struct {
	value, count, last int
}

func Constructor(capacity int) LFUCache {
	return LFUCache{capacity: capacity, items: map[int]*entry{}}
}

func (this *LFUCache) Get(key int) int {
	e, ok := this.items[key]
	if !ok {
		return -1
	}
	this.clock++
	e.count++
	e.last = this.clock
	return e.value
}

func (this *LFUCache) Put(key int, value int) {
	this.clock++
	if e, ok := this.items[key]; ok {
		e.value = value
		e.count++
		e.last = this.clock
		return
	}
	if len(this.items) == this.capacity {
		victim, best := -1, (*entry)(nil)
		for k, e := range this.items {
			if best == nil || e.count < best.count || e.count == best.count && e.last < best.last {
				victim, best = k, e
			}
		}
		delete(this.items, victim)
	}
	this.items[key] = &entry{value: value, count: 1, last: this.clock}
}
