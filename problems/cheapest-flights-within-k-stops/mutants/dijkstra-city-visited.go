//go:build ignore

package main

import "container/heap"

type cfItem struct{ cost, city, flown int }
type cfHeap []cfItem

func (h cfHeap) Len() int           { return len(h) }
func (h cfHeap) Less(i, j int) bool { return h[i].cost < h[j].cost }
func (h cfHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *cfHeap) Push(x any)        { *h = append(*h, x.(cfItem)) }
func (h *cfHeap) Pop() any {
	old := *h
	it := old[len(old)-1]
	*h = old[:len(old)-1]
	return it
}

// Mutant: Dijkstra that marks a city done the first time it is popped; a
// cheap route that used up its stops can block a dearer route with stops to
// spare.
func findCheapestPrice(n int, flights [][]int, src int, dst int, k int) int {
	adj := make([][][2]int, n)
	for _, f := range flights {
		adj[f[0]] = append(adj[f[0]], [2]int{f[1], f[2]})
	}
	done := make([]bool, n)
	h := &cfHeap{{0, src, 0}}
	for h.Len() > 0 {
		it := heap.Pop(h).(cfItem)
		if it.city == dst {
			return it.cost
		}
		if done[it.city] {
			continue
		}
		done[it.city] = true
		if it.flown == k+1 {
			continue
		}
		for _, e := range adj[it.city] {
			heap.Push(h, cfItem{it.cost + e[1], e[0], it.flown + 1})
		}
	}
	return -1
}
