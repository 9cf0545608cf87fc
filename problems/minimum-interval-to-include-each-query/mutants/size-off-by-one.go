//go:build ignore

package main

import (
	"container/heap"
	"sort"
)

// Mutant: measures an interval as right - left, forgetting that both ends are
// included in it.
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
	order := make([]int, len(queries))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return queries[order[a]] < queries[order[b]] })
	ans := make([]int, len(queries))
	h := &bySize{}
	next := 0
	for _, qi := range order {
		q := queries[qi]
		for next < len(intervals) && intervals[next][0] <= q {
			iv := intervals[next]
			heap.Push(h, candidate{iv[1] - iv[0], iv[1]})
			next++
		}
		for h.Len() > 0 && (*h)[0].right < q {
			heap.Pop(h)
		}
		if h.Len() > 0 {
			ans[qi] = (*h)[0].size
		} else {
			ans[qi] = -1
		}
	}
	return ans
}
