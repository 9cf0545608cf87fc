//go:build ignore

package main

import "container/heap"

// kClosest keeps the k nearest points seen so far in a max-heap keyed by
// squared distance (no square roots needed); a nearer point replaces the
// farthest one on top. O(n log k) time, O(k) space.
func kClosest(points [][]int, k int) [][]int {
	h := make(farthestFirst, 0, k+1)
	for _, p := range points {
		heap.Push(&h, p)
		if h.Len() > k {
			heap.Pop(&h)
		}
	}
	return h
}

func sqDist(p []int) int { return p[0]*p[0] + p[1]*p[1] }

// farthestFirst is a max-heap of points by distance from the origin.
type farthestFirst [][]int

func (h farthestFirst) Len() int           { return len(h) }
func (h farthestFirst) Less(i, j int) bool { return sqDist(h[i]) > sqDist(h[j]) }
func (h farthestFirst) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *farthestFirst) Push(x any)        { *h = append(*h, x.([]int)) }
func (h *farthestFirst) Pop() any {
	old := *h
	p := old[len(old)-1]
	*h = old[:len(old)-1]
	return p
}
