//go:build ignore

package main

// SnapshotArray logs every write with the number of snaps taken before it.
// A get replays the log: the value at snap s is the last write to the index
// made before snap s+1 was taken, or 0.
type SnapshotArray struct {
	log   [][3]int // index, value, snaps taken when written
	snaps int
}

func Constructor(length int) SnapshotArray {
	return SnapshotArray{}
}

func (this *SnapshotArray) Set(index int, val int) {
	this.log = append(this.log, [3]int{index, val, this.snaps})
}

func (this *SnapshotArray) Snap() int {
	this.snaps++
	return this.snaps - 1
}

func (this *SnapshotArray) Get(index int, snap_id int) int {
	v := 0
	for _, w := range this.log {
		if w[0] == index && w[2] <= snap_id {
			v = w[1]
		}
	}
	return v
}
