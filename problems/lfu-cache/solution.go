//go:build ignore

package main

// LFUCache keeps a map from key to node and, for every use count in play, a
// doubly linked list of the nodes with that count, most recently used at the
// front. minFreq is the smallest count with a non-empty list, so the victim of
// an eviction is the back node of lists[minFreq]. Every operation is O(1).
type LFUCache struct {
	capacity int
	minFreq  int
	nodes    map[int]*lfuNode
	lists    map[int]*lfuList
}

type lfuNode struct {
	key, value, freq int
	prev, next       *lfuNode
}

// lfuList is a circular list around a sentinel: root.next is the most
// recently used node, root.prev the least.
type lfuList struct {
	root lfuNode
	size int
}

func newLFUList() *lfuList {
	l := &lfuList{}
	l.root.next, l.root.prev = &l.root, &l.root
	return l
}

func (l *lfuList) pushFront(n *lfuNode) {
	n.prev, n.next = &l.root, l.root.next
	l.root.next.prev = n
	l.root.next = n
	l.size++
}

func (l *lfuList) remove(n *lfuNode) {
	n.prev.next, n.next.prev = n.next, n.prev
	n.prev, n.next = nil, nil
	l.size--
}

func Constructor(capacity int) LFUCache {
	return LFUCache{capacity: capacity, nodes: make(map[int]*lfuNode, capacity), lists: map[int]*lfuList{}}
}

// touch counts one more use of n: it moves from its count's list to the
// front of the next count's list.
func (this *LFUCache) touch(n *lfuNode) {
	l := this.lists[n.freq]
	l.remove(n)
	if l.size == 0 {
		delete(this.lists, n.freq)
		if this.minFreq == n.freq {
			this.minFreq++
		}
	}
	n.freq++
	this.listFor(n.freq).pushFront(n)
}

func (this *LFUCache) listFor(freq int) *lfuList {
	l, ok := this.lists[freq]
	if !ok {
		l = newLFUList()
		this.lists[freq] = l
	}
	return l
}

func (this *LFUCache) Get(key int) int {
	n, ok := this.nodes[key]
	if !ok {
		return -1
	}
	this.touch(n)
	return n.value
}

func (this *LFUCache) Put(key int, value int) {
	if n, ok := this.nodes[key]; ok {
		n.value = value
		this.touch(n)
		return
	}
	if len(this.nodes) == this.capacity {
		l := this.lists[this.minFreq]
		victim := l.root.prev
		l.remove(victim)
		if l.size == 0 {
			delete(this.lists, this.minFreq)
		}
		delete(this.nodes, victim.key)
	}
	n := &lfuNode{key: key, value: value, freq: 1}
	this.nodes[key] = n
	this.listFor(1).pushFront(n)
	this.minFreq = 1
}
