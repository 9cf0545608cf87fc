//go:build ignore

package main

import "container/list"

// Mutant: keeps the smallest count up to date when uses empty its list, but
// never sets it back to 1 when a new key is inserted, so after the old keys
// have all been used at least twice the next eviction looks in the wrong
// list and removes a frequently used key (or finds no list at all).
type LFUCache struct {
	capacity, minFreq int
	items             map[int]*list.Element
	lists             map[int]*list.List
}

type entry struct{ key, value, freq int }

func Constructor(capacity int) LFUCache {
	return LFUCache{capacity: capacity, minFreq: 1, items: map[int]*list.Element{}, lists: map[int]*list.List{}}
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
		l := this.bucket(this.minFreq)
		if victim := l.Back(); victim != nil {
			l.Remove(victim)
			delete(this.items, victim.Value.(*entry).key)
		}
	}
	this.items[key] = this.bucket(1).PushFront(&entry{key, value, 1})
}
