package main

import "container/list"

type pair struct{ k, v int }

type LRUCache struct {
	cap int
	l   *list.List
	m   map[int]*list.Element
}

func Constructor(capacity int) LRUCache {
	return LRUCache{capacity, list.New(), map[int]*list.Element{}}
}

func (this *LRUCache) Get(key int) int {
	if e, ok := this.m[key]; ok {
		this.l.MoveToFront(e)
		return e.Value.(pair).v
	}
	return -1
}

func (this *LRUCache) Put(key int, value int) {
	if e, ok := this.m[key]; ok {
		e.Value = pair{key, value}
		this.l.MoveToFront(e)
		return
	}
	if this.l.Len() == this.cap {
		last := this.l.Back()
		this.l.Remove(last)
		delete(this.m, last.Value.(pair).k)
	}
	this.m[key] = this.l.PushFront(pair{key, value})
}
