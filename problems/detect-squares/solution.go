//go:build ignore

package main

// DetectSquares counts how often each point was added and remembers each
// distinct point once. A square with the query as one corner is fixed by
// the opposite corner, so count tries every distinct stored point in that
// role and multiplies the counts of the three corners.
type DetectSquares struct {
	counts   map[[2]int]int
	distinct [][2]int
}

func Constructor() DetectSquares {
	return DetectSquares{counts: map[[2]int]int{}}
}

func (this *DetectSquares) Add(point []int) {
	p := [2]int{point[0], point[1]}
	if this.counts[p] == 0 {
		this.distinct = append(this.distinct, p)
	}
	this.counts[p]++
}

func (this *DetectSquares) Count(point []int) int {
	qx, qy := point[0], point[1]
	total := 0
	for _, d := range this.distinct {
		dx, dy := d[0]-qx, d[1]-qy
		if dx == 0 || (dx != dy && dx != -dy) {
			continue // not a corner across a square of positive area
		}
		total += this.counts[d] * this.counts[[2]int{qx, d[1]}] * this.counts[[2]int{d[0], qy}]
	}
	return total
}
