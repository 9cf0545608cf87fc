//go:build ignore

package main

// Mutant: right answers, storing only the writes of each snapshot period in
// a map of its own; get walks back from snap_id one period at a time until
// it finds a write to the index. That is O(snaps) per get, and gets of an
// index written long ago (or never) after many snaps make it quadratic.
// verdict: time_limit_exceeded
//
// The other naive structure, copying the whole array on every snap, is not a
// mutant here: its copies are live data, so it runs out of memory (256 MB of
// copies take 150-190 ms to make on the reference machine, about the time
// limit) and its verdict is memory or time, whichever the machine reaches
// first; no verdict could be declared for it reliably.
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
	for s := snap_id; s >= 0; s-- {
		if v, ok := this.periods[s][index]; ok {
			return v
		}
	}
	return 0
}
