//go:build ignore

package main

import "sort"

// Mutant: snap returns how many snapshots exist after it, so ids start at 1
// instead of 0.
type SnapshotArray struct {
	history [][][2]int
	snaps   int
}

func Constructor(length int) SnapshotArray {
	return SnapshotArray{history: make([][][2]int, length)}
}

func (this *SnapshotArray) Set(index int, val int) {
	h := this.history[index]
	if n := len(h); n > 0 && h[n-1][0] == this.snaps {
		h[n-1][1] = val
		return
	}
	this.history[index] = append(h, [2]int{this.snaps, val})
}

func (this *SnapshotArray) Snap() int {
	this.snaps++
	return this.snaps
}

func (this *SnapshotArray) Get(index int, snap_id int) int {
	h := this.history[index]
	i := sort.Search(len(h), func(i int) bool { return h[i][0] > snap_id })
	if i == 0 {
		return 0
	}
	return h[i-1][1]
}
