//go:build ignore

package main

import "sort"

// Mutant: appends a record for every write, and when the index was written
// during the requested snapshot's period it returns the first of those
// writes, not the last one.
type SnapshotArray struct {
	history [][][2]int
	snaps   int
}

func Constructor(length int) SnapshotArray {
	return SnapshotArray{history: make([][][2]int, length)}
}

func (this *SnapshotArray) Set(index int, val int) {
	this.history[index] = append(this.history[index], [2]int{this.snaps, val})
}

func (this *SnapshotArray) Snap() int {
	this.snaps++
	return this.snaps - 1
}

func (this *SnapshotArray) Get(index int, snap_id int) int {
	h := this.history[index]
	i := sort.Search(len(h), func(i int) bool { return h[i][0] >= snap_id })
	if i < len(h) && h[i][0] == snap_id {
		return h[i][1]
	}
	if i == 0 {
		return 0
	}
	return h[i-1][1]
}
