//go:build ignore

package main

// Mutant: dec links the bucket for count-1 after the key's bucket instead
// of before it, breaking the list's order: the decremented key can look
// like the maximum.

// slot is one key: its bucket and its position in that bucket's slots.
type slot struct {
	key string
	b   *bucket
	i   int
}

// bucket holds the keys whose count is count, in a slice so that any one of
// them can be read, added or removed in O(1).
type bucket struct {
	count      int
	slots      []*slot
	prev, next *bucket
}

// AllOne keeps one bucket per count that some key has, in a doubly linked
// list sorted by count between two sentinels: head.next holds the smallest
// count, tail.prev the largest. A count changes by one at a time, so a key
// only ever moves to a neighbouring bucket, created when missing; a bucket
// left empty is unlinked. Every operation is O(1) on average (one map
// access and a few pointer moves).
type AllOne struct {
	head, tail *bucket
	where      map[string]*slot
}

func Constructor() AllOne {
	head, tail := &bucket{}, &bucket{}
	head.next, tail.prev = tail, head
	return AllOne{head: head, tail: tail, where: map[string]*slot{}}
}

// after returns the bucket for count right after b, linking a new one in
// when b's successor holds another count.
func (this *AllOne) after(b *bucket, count int) *bucket {
	if b.next != this.tail && b.next.count == count {
		return b.next
	}
	nb := &bucket{count: count, prev: b, next: b.next}
	b.next.prev = nb
	b.next = nb
	return nb
}

// before returns the bucket for count right before b, linking a new one in
// when b's predecessor holds another count.
func (this *AllOne) before(b *bucket, count int) *bucket {
	if b.prev != this.head && b.prev.count == count {
		return b.prev
	}
	nb := &bucket{count: count, prev: b.prev, next: b}
	b.prev.next = nb
	b.prev = nb
	return nb
}

// put adds the key of s to bucket b.
func put(s *slot, b *bucket) {
	s.b, s.i = b, len(b.slots)
	b.slots = append(b.slots, s)
}

// take removes s from its bucket, moving the bucket's last key into the
// hole, and unlinks the bucket if it is left empty.
func take(s *slot) {
	b := s.b
	last := b.slots[len(b.slots)-1]
	b.slots[s.i] = last
	last.i = s.i
	b.slots[len(b.slots)-1] = nil
	b.slots = b.slots[:len(b.slots)-1]
	if len(b.slots) == 0 {
		b.prev.next = b.next
		b.next.prev = b.prev
	}
}

func (this *AllOne) Inc(key string) {
	s, ok := this.where[key]
	if !ok {
		s = &slot{key: key}
		this.where[key] = s
		put(s, this.after(this.head, 1))
		return
	}
	next := this.after(s.b, s.b.count+1)
	take(s)
	put(s, next)
}

func (this *AllOne) Dec(key string) {
	s := this.where[key]
	if s.b.count == 1 {
		take(s)
		delete(this.where, key)
		return
	}
	prev := this.after(s.b, s.b.count-1)
	take(s)
	put(s, prev)
}

func (this *AllOne) GetMaxKey() string {
	if this.tail.prev == this.head {
		return ""
	}
	return this.tail.prev.slots[0].key
}

func (this *AllOne) GetMinKey() string {
	if this.head.next == this.tail {
		return ""
	}
	return this.head.next.slots[0].key
}
