//go:build ignore

package main

// Mutant: remembers the writes of each snapshot period, but get only looks
// in the requested snapshot's own period, so a value written in an earlier
// period and left alone reads as 0.
type SnapshotArray struct {
	periods []map[int]int
}

func Constructor(length int) SnapshotArray {
	return SnapshotArray{periods: []map[int]int{{}}}
}

func (this *SnapshotArray) Set(index int, val int) {
	this.periods[len(this.periods)-1][index] = val
}

func (this *SnapshotArray) Snap() int {
	this.periods = append(this.periods, map[int]int{})
	return len(this.periods) - 2
}

func (this *SnapshotArray) Get(index int, snap_id int) int {
	return this.periods[snap_id][index]
}
