//go:build ignore

package main

import "container/list"

// Mutant: put evicts as soon as the cache is full, before checking whether the
// key is already present, so updating a key in a full cache throws away an
// entry that should have stayed.
type LRUCache struct {
	capacity int
	items    map[int]*list.Element
	order    *list.List
}

type entry struct{ key, value int }

func Constructor(capacity int) LRUCache {
	return LRUCache{capacity: capacity, items: map[int]*list.Element{}, order: list.New()}
}

func (this *LRUCache) Get(key int) int {
	if e, ok := this.items[key]; ok {
		this.order.MoveToFront(e)
		return e.Value.(*entry).value
	}
	return -1
}

func (this *LRUCache) Put(key int, value int) {
	if this.order.Len() == this.capacity {
		back := this.order.Back()
		this.order.Remove(back)
		delete(this.items, back.Value.(*entry).key)
	}
	if e, ok := this.items[key]; ok {
		e.Value.(*entry).value = value
		this.order.MoveToFront(e)
		return
	}
	this.items[key] = this.order.PushFront(&entry{key, value})
}
