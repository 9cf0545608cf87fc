//go:build ignore

package main

// Mutant: only looks for squares that extend up and to the right of the
// query point, missing the three other directions.
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
		if dx <= 0 || dx != dy {
			continue
		}
		total += this.counts[d] * this.counts[[2]int{qx, d[1]}] * this.counts[[2]int{d[0], qy}]
	}
	return total
}
