//go:build ignore

package main

// LRUCache pairs a hash map (key -> list node) with a doubly linked list kept
// in recency order: the node after the sentinel head is the most recently
// used, the node before the sentinel tail the least. Every operation is O(1).
type LRUCache struct {
	capacity   int
	nodes      map[int]*lruNode
	head, tail *lruNode // sentinels
}

type lruNode struct {
	key, value int
	prev, next *lruNode
}

func Constructor(capacity int) LRUCache {
	head, tail := &lruNode{}, &lruNode{}
	head.next, tail.prev = tail, head
	return LRUCache{capacity: capacity, nodes: make(map[int]*lruNode, capacity), head: head, tail: tail}
}

func (this *LRUCache) unlink(n *lruNode) {
	n.prev.next, n.next.prev = n.next, n.prev
}

func (this *LRUCache) pushFront(n *lruNode) {
	n.prev, n.next = this.head, this.head.next
	this.head.next.prev = n
	this.head.next = n
}

func (this *LRUCache) Get(key int) int {
	n, ok := this.nodes[key]
	if !ok {
		return -1
	}
	this.unlink(n)
	this.pushFront(n)
	return n.value
}

func (this *LRUCache) Put(key int, value int) {
	if n, ok := this.nodes[key]; ok {
		n.value = value
		this.unlink(n)
		this.pushFront(n)
		return
	}
	if len(this.nodes) == this.capacity {
		lru := this.tail.prev
		this.unlink(lru)
		delete(this.nodes, lru.key)
	}
	n := &lruNode{key: key, value: value}
	this.nodes[key] = n
	this.pushFront(n)
}
