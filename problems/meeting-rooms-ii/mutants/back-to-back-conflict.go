//go:build ignore

package main

import (
	"container/heap"
	"sort"
)

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

// Mutant: frees a room only when it ended strictly before the new start, so
// a meeting starting exactly when another ends gets a room of its own.
func minMeetingRooms(intervals [][]int) int {
	sort.Slice(intervals, func(i, j int) bool { return intervals[i][0] < intervals[j][0] })
	h := &endHeap{}
	for _, m := range intervals {
		if h.Len() > 0 && (*h)[0] < m[0] {
			heap.Pop(h)
		}
		heap.Push(h, m[1])
	}
	return h.Len()
}
