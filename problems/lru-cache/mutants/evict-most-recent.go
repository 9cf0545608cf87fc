//go:build ignore

package main

// Mutant: keeps the recency list with the newest entry at the tail, but on
// eviction removes the node next to the tail sentinel, i.e. the most recently
// used entry instead of the least recently used one.
type LRUCache struct {
	capacity   int
	nodes      map[int]*node
	head, tail *node
}

type node struct {
	key, value int
	prev, next *node
}

func Constructor(capacity int) LRUCache {
	head, tail := &node{}, &node{}
	head.next, tail.prev = tail, head
	return LRUCache{capacity: capacity, nodes: map[int]*node{}, head: head, tail: tail}
}

func (this *LRUCache) remove(n *node) {
	n.prev.next, n.next.prev = n.next, n.prev
}

func (this *LRUCache) append(n *node) {
	n.prev, n.next = this.tail.prev, this.tail
	this.tail.prev.next = n
	this.tail.prev = n
}

func (this *LRUCache) Get(key int) int {
	n, ok := this.nodes[key]
	if !ok {
		return -1
	}
	this.remove(n)
	this.append(n)
	return n.value
}

func (this *LRUCache) Put(key int, value int) {
	if n, ok := this.nodes[key]; ok {
		n.value = value
		this.remove(n)
		this.append(n)
		return
	}
	if len(this.nodes) == this.capacity {
		victim := this.tail.prev
		this.remove(victim)
		delete(this.nodes, victim.key)
	}
	n := &node{key: key, value: value}
	this.nodes[key] = n
	this.append(n)
}
