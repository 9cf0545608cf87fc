//go:build ignore

package main

import "container/list"

// Mutant: a put on a key already in the cache replaces the value but does
// not count as a use, so the key's count and recency stay where they were.
type LFUCache struct {
	capacity, minFreq int
	items             map[int]*list.Element
	lists             map[int]*list.List
}

type entry struct{ key, value, freq int }

func Constructor(capacity int) LFUCache {
	return LFUCache{capacity: capacity, items: map[int]*list.Element{}, lists: map[int]*list.List{}}
}

func (this *LFUCache) bucket(f int) *list.List {
	if this.lists[f] == nil {
		this.lists[f] = list.New()
	}
	return this.lists[f]
}

func (this *LFUCache) Get(key int) int {
	el, ok := this.items[key]
	if !ok {
		return -1
	}
	e := el.Value.(*entry)
	l := this.lists[e.freq]
	l.Remove(el)
	if l.Len() == 0 && this.minFreq == e.freq {
		this.minFreq++
	}
	e.freq++
	this.items[key] = this.bucket(e.freq).PushFront(e)
	return e.value
}

func (this *LFUCache) Put(key int, value int) {
	if el, ok := this.items[key]; ok {
		el.Value.(*entry).value = value
		return
	}
	if len(this.items) == this.capacity {
		l := this.lists[this.minFreq]
		victim := l.Back()
		l.Remove(victim)
		delete(this.items, victim.Value.(*entry).key)
	}
	this.items[key] = this.bucket(1).PushFront(&entry{key, value, 1})
	this.minFreq = 1
}
