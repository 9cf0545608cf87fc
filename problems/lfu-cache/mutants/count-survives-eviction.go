//go:build ignore

package main

import "container/list"

// Mutant: keeps every key's use count in a map of its own that is never
// cleaned up, so a key that was evicted and is put again resumes its old
// count instead of starting over at 1.
type LFUCache struct {
	capacity, minFreq int
	items             map[int]*list.Element
	lists             map[int]*list.List
	counts            map[int]int
}

type entry struct{ key, value int }

func Constructor(capacity int) LFUCache {
	return LFUCache{capacity: capacity, items: map[int]*list.Element{}, lists: map[int]*list.List{}, counts: map[int]int{}}
}

func (this *LFUCache) bucket(f int) *list.List {
	if this.lists[f] == nil {
		this.lists[f] = list.New()
	}
	return this.lists[f]
}

func (this *LFUCache) use(key int, el *list.Element) {
	f := this.counts[key]
	if el != nil {
		l := this.lists[f]
		l.Remove(el)
		if l.Len() == 0 && this.minFreq == f {
			this.minFreq++
		}
	}
	this.counts[key] = f + 1
	if el == nil {
		el = &list.Element{Value: &entry{key: key}}
	}
	this.items[key] = this.bucket(f + 1).PushFront(el.Value)
}

func (this *LFUCache) Get(key int) int {
	el, ok := this.items[key]
	if !ok {
		return -1
	}
	this.use(key, el)
	return el.Value.(*entry).value
}

func (this *LFUCache) Put(key int, value int) {
	if el, ok := this.items[key]; ok {
		el.Value.(*entry).value = value
		this.use(key, el)
		return
	}
	if len(this.items) == this.capacity {
		l := this.lists[this.minFreq]
		for l == nil || l.Len() == 0 {
			this.minFreq++
			l = this.lists[this.minFreq]
		}
		victim := l.Back()
		l.Remove(victim)
		delete(this.items, victim.Value.(*entry).key)
	}
	this.use(key, nil)
	this.items[key].Value.(*entry).value = value
	if c := this.counts[key]; c < this.minFreq || len(this.items) == 1 {
		this.minFreq = c
	}
}
