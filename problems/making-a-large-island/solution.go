//go:build ignore

package main

import "slices"

// largestIsland labels every island with an id (1, 2, ...) by breadth-first
// search and records its size. A water cell turned into land joins the
// distinct islands around it, so its island has 1 + the sum of their sizes.
// Cells are numbered p = r*n + c, so that the labels and the queue are flat
// arrays.
func largestIsland(grid [][]int) int {
	n := len(grid)
	id := make([]int32, n*n) // island id per cell; 0 is water
	size := []int{0}         // size[k] for island id k
	// neighbours appends to out the cells beside p, inside the grid.
	neighbours := func(p int, out []int) []int {
		r, c := p/n, p%n
		if r > 0 {
			out = append(out, p-n)
		}
		if r+1 < n {
			out = append(out, p+n)
		}
		if c > 0 {
			out = append(out, p-1)
		}
		if c+1 < n {
			out = append(out, p+1)
		}
		return out
	}
	best := 0
	var queue []int32
	var around [4]int
	for start := range id {
		if grid[start/n][start%n] != 1 || id[start] != 0 {
			continue
		}
		k := int32(len(size))
		id[start] = k
		queue = append(queue[:0], int32(start))
		for i := 0; i < len(queue); i++ {
			for _, q := range neighbours(int(queue[i]), around[:0]) {
				if grid[q/n][q%n] == 1 && id[q] == 0 {
					id[q] = k
					queue = append(queue, int32(q))
				}
			}
		}
		size = append(size, len(queue))
		best = max(best, len(queue)) // no flip at all: an existing island
	}
	for p := range id {
		if grid[p/n][p%n] != 0 {
			continue
		}
		var seen [4]int32 // the distinct island ids around p
		count, joined := 0, 1
		for _, q := range neighbours(p, around[:0]) {
			if k := id[q]; k != 0 && !slices.Contains(seen[:count], k) {
				seen[count] = k
				count++
				joined += size[k]
			}
		}
		best = max(best, joined)
	}
	return best
}
