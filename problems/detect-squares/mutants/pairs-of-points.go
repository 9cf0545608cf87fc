//go:build ignore

package main

// Mutant: keeps every added point in a list and, on each count, tries every
// pair of stored points as the two corners beside the query, then looks up
// the fourth: O(n^2) per count instead of O(n).
// verdict: time_limit_exceeded
type DetectSquares struct {
	pts    [][2]int
	counts map[[2]int]int
}

func Constructor() DetectSquares {
	return DetectSquares{counts: map[[2]int]int{}}
}

func (this *DetectSquares) Add(point []int) {
	p := [2]int{point[0], point[1]}
	this.pts = append(this.pts, p)
	this.counts[p]++
}

func (this *DetectSquares) Count(point []int) int {
	qx, qy := point[0], point[1]
	total := 0
	for _, a := range this.pts {
		for _, b := range this.pts {
			// a shares the query's column, b its row.
			if a[0] != qx || b[1] != qy {
				continue
			}
			side := a[1] - qy
			if side == 0 || (b[0]-qx != side && b[0]-qx != -side) {
				continue
			}
			total += this.counts[[2]int{b[0], a[1]}]
		}
	}
	return total
}
