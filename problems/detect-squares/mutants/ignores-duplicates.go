//go:build ignore

package main

// Mutant: stores the points in a set, so a point added several times counts
// once, though each copy makes a different square.
type DetectSquares struct {
	seen map[[2]int]bool
}

func Constructor() DetectSquares {
	return DetectSquares{seen: map[[2]int]bool{}}
}

func (this *DetectSquares) Add(point []int) {
	this.seen[[2]int{point[0], point[1]}] = true
}

func (this *DetectSquares) Count(point []int) int {
	qx, qy := point[0], point[1]
	total := 0
	for d := range this.seen {
		dx, dy := d[0]-qx, d[1]-qy
		if dx == 0 || (dx != dy && dx != -dy) {
			continue
		}
		if this.seen[[2]int{qx, d[1]}] && this.seen[[2]int{d[0], qy}] {
			total++
		}
	}
	return total
}
