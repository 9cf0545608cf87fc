//go:build ignore

package main

import "sort"

// SnapshotArray keeps, for every index, the history of its value as
// (snap id, value) records in the order they were written. A record carries
// the id the next snap will return, so a write before that snap replaces the
// last record instead of adding one; the records of an index are sorted by
// id. get binary-searches for the last record at or before snap_id.
type SnapshotArray struct {
	history [][]snapRecord
	snaps   int // snaps taken so far: the id of the next snap
}

type snapRecord struct {
	snap, val int
}

func Constructor(length int) SnapshotArray {
	return SnapshotArray{history: make([][]snapRecord, length)}
}

func (this *SnapshotArray) Set(index int, val int) {
	h := this.history[index]
	if n := len(h); n > 0 && h[n-1].snap == this.snaps {
		h[n-1].val = val
		return
	}
	this.history[index] = append(h, snapRecord{this.snaps, val})
}

func (this *SnapshotArray) Snap() int {
	this.snaps++
	return this.snaps - 1
}

func (this *SnapshotArray) Get(index int, snap_id int) int {
	h := this.history[index]
	// i is the first record written after snap snap_id was taken.
	i := sort.Search(len(h), func(i int) bool { return h[i].snap > snap_id })
	if i == 0 {
		return 0
	}
	return h[i-1].val
}
