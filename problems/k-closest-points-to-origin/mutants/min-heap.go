//go:build ignore

package main

import "container/heap"

// Mutant: bounds the heap at k points but makes it a min-heap, so each pop
// throws away the nearest point and the k farthest points remain.
func kClosest(points [][]int, k int) [][]int {
	h := make(nearestFirst, 0, k+1)
	for _, p := range points {
		heap.Push(&h, p)
		if h.Len() > k {
			heap.Pop(&h)
		}
	}
	return h
}

func sqDist(p []int) int { return p[0]*p[0] + p[1]*p[1] }

type nearestFirst [][]int

func (h nearestFirst) Len() int           { return len(h) }
func (h nearestFirst) Less(i, j int) bool { return sqDist(h[i]) < sqDist(h[j]) }
func (h nearestFirst) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *nearestFirst) Push(x any)        { *h = append(*h, x.([]int)) }
func (h *nearestFirst) Pop() any {
	old := *h
	p := old[len(old)-1]
	*h = old[:len(old)-1]
	return p
}
