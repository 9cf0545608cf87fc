//go:build ignore

package main

import "container/heap"

// ndtItem is a machine with a tentative arrival time.
type ndtItem struct{ node, at int }

type ndtHeap []ndtItem

func (h ndtHeap) Len() int           { return len(h) }
func (h ndtHeap) Less(i, j int) bool { return h[i].at < h[j].at }
func (h ndtHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *ndtHeap) Push(x any)        { *h = append(*h, x.(ndtItem)) }
func (h *ndtHeap) Pop() any {
	old := *h
	it := old[len(old)-1]
	*h = old[:len(old)-1]
	return it
}

// networkDelayTime runs Dijkstra from k: the machine with the smallest
// tentative time is settled next, and its links may lower its neighbours'
// times. The answer is the largest settled time, or -1 if a machine is never
// settled.
func networkDelayTime(times [][]int, n int, k int) int {
	type edge struct{ to, w int }
	adj := make([][]edge, n+1)
	for _, t := range times {
		adj[t[0]] = append(adj[t[0]], edge{t[1], t[2]})
	}
	dist := make([]int, n+1)
	for i := range dist {
		dist[i] = -1
	}
	h := &ndtHeap{{k, 0}}
	settled, last := 0, 0
	for h.Len() > 0 {
		it := heap.Pop(h).(ndtItem)
		if dist[it.node] >= 0 {
			continue // already settled with a time no larger
		}
		dist[it.node] = it.at
		settled++
		last = it.at
		for _, e := range adj[it.node] {
			if dist[e.to] < 0 {
				heap.Push(h, ndtItem{e.to, it.at + e.w})
			}
		}
	}
	if settled < n {
		return -1
	}
	return last
}
