//go:build ignore

package main

import "container/list"

// Mutant: put on an existing key overwrites the value in place but leaves the
// key where it was in the recency order.
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
	if e, ok := this.items[key]; ok {
		e.Value.(*entry).value = value
		return
	}
	if this.order.Len() == this.capacity {
		back := this.order.Back()
		this.order.Remove(back)
		delete(this.items, back.Value.(*entry).key)
	}
	this.items[key] = this.order.PushFront(&entry{key, value})
}
