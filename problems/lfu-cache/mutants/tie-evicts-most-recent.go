//go:build ignore

package main

import "container/list"

// Mutant: groups keys by count in recency lists (newest at the front) but,
// among the keys sharing the smallest count, evicts the front one: the most
// recently used instead of the least.
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

func (this *LFUCache) touch(el *list.Element) *list.Element {
	e := el.Value.(*entry)
	l := this.lists[e.freq]
	l.Remove(el)
	if l.Len() == 0 && this.minFreq == e.freq {
		this.minFreq++
	}
	e.freq++
	el = this.bucket(e.freq).PushFront(e)
	this.items[e.key] = el
	return el
}

func (this *LFUCache) Get(key int) int {
	el, ok := this.items[key]
	if !ok {
		return -1
	}
	return this.touch(el).Value.(*entry).value
}

func (this *LFUCache) Put(key int, value int) {
	if el, ok := this.items[key]; ok {
		el.Value.(*entry).value = value
		this.touch(el)
		return
	}
	if len(this.items) == this.capacity {
		l := this.lists[this.minFreq]
		victim := l.Front()
		l.Remove(victim)
		delete(this.items, victim.Value.(*entry).key)
	}
	this.items[key] = this.bucket(1).PushFront(&entry{key, value, 1})
	this.minFreq = 1
}
