//go:build ignore

package main

import "container/heap"

type swimCell struct{ t, r, c int }
type swimHeap []swimCell

func (h swimHeap) Len() int           { return len(h) }
func (h swimHeap) Less(i, j int) bool { return h[i].t < h[j].t }
func (h swimHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *swimHeap) Push(x any)        { *h = append(*h, x.(swimCell)) }
func (h *swimHeap) Pop() any {
	old := *h
	it := old[len(old)-1]
	*h = old[:len(old)-1]
	return it
}

// Mutant: Dijkstra that starts the clock at 0 instead of the start square's
// own height, forgetting the swimmer must wait for the first square too.
func swimInWater(grid [][]int) int {
	n := len(grid)
	seen := make([][]bool, n)
	for i := range seen {
		seen[i] = make([]bool, n)
	}
	h := &swimHeap{{0, 0, 0}}
	seen[0][0] = true
	for {
		cur := heap.Pop(h).(swimCell)
		if cur.r == n-1 && cur.c == n-1 {
			return cur.t
		}
		for _, d := range [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
			r, c := cur.r+d[0], cur.c+d[1]
			if r >= 0 && r < n && c >= 0 && c < n && !seen[r][c] {
				seen[r][c] = true
				heap.Push(h, swimCell{max(cur.t, grid[r][c]), r, c})
			}
		}
	}
}
