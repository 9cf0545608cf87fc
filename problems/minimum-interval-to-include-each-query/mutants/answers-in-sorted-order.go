//go:build ignore

package main

import (
	"container/heap"
	"sort"
)

// Mutant: sorts the queries themselves and returns the answers in sorted
// order instead of the order the queries were asked in.
type candidate struct{ size, right int }

type bySize []candidate

func (h bySize) Len() int           { return len(h) }
func (h bySize) Less(a, b int) bool { return h[a].size < h[b].size }
func (h bySize) Swap(a, b int)      { h[a], h[b] = h[b], h[a] }
func (h *bySize) Push(x any)        { *h = append(*h, x.(candidate)) }
func (h *bySize) Pop() any {
	old := *h
	c := old[len(old)-1]
	*h = old[:len(old)-1]
	return c
}

func minInterval(intervals [][]int, queries []int) []int {
	sort.Slice(intervals, func(a, b int) bool { return intervals[a][0] < intervals[b][0] })
	qs := append([]int(nil), queries...)
	sort.Ints(qs)
	ans := make([]int, 0, len(qs))
	h := &bySize{}
	next := 0
	for _, q := range qs {
		for next < len(intervals) && intervals[next][0] <= q {
			iv := intervals[next]
			heap.Push(h, candidate{iv[1] - iv[0] + 1, iv[1]})
			next++
		}
		for h.Len() > 0 && (*h)[0].right < q {
			heap.Pop(h)
		}
		if h.Len() > 0 {
			ans = append(ans, (*h)[0].size)
		} else {
			ans = append(ans, -1)
		}
	}
	return ans
}
