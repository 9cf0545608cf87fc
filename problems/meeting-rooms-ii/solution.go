//go:build ignore

package main

import (
	"container/heap"
	"sort"
)

// endHeap is a min-heap of the end times of the rooms in use.
type endHeap []int

func (h endHeap) Len() int           { return len(h) }
func (h endHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h endHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *endHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *endHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// minMeetingRooms takes the meetings in order of start; a min-heap holds the
// end time of every room in use, and a meeting reuses the room that frees up
// first when that room is free by its start. The heap's largest size is the
// answer.
func minMeetingRooms(intervals [][]int) int {
	sort.Slice(intervals, func(i, j int) bool { return intervals[i][0] < intervals[j][0] })
	h := &endHeap{}
	for _, m := range intervals {
		if h.Len() > 0 && (*h)[0] <= m[0] {
			heap.Pop(h)
		}
		heap.Push(h, m[1])
	}
	return h.Len()
}
