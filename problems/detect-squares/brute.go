//go:build ignore

package main

import "slices"

// DetectSquares keeps every added point, duplicates included. count tries
// every set of three stored points and checks whether, together with the
// query, they are exactly the four corners of an axis-aligned square of
// positive area.
type DetectSquares struct {
	pts [][2]int
}

func Constructor() DetectSquares {
	return DetectSquares{}
}

func (this *DetectSquares) Add(point []int) {
	this.pts = append(this.pts, [2]int{point[0], point[1]})
}

func isSquare(four [][2]int) bool {
	x1, x2, y1, y2 := four[0][0], four[0][0], four[0][1], four[0][1]
	for _, p := range four {
		x1, x2 = min(x1, p[0]), max(x2, p[0])
		y1, y2 = min(y1, p[1]), max(y2, p[1])
	}
	if x2-x1 == 0 || x2-x1 != y2-y1 {
		return false
	}
	want := [][2]int{{x1, y1}, {x1, y2}, {x2, y1}, {x2, y2}}
	got := slices.Clone(four)
	less := func(a, b [2]int) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return a[1] - b[1]
	}
	slices.SortFunc(got, less)
	slices.SortFunc(want, less)
	return slices.Equal(got, want)
}

func (this *DetectSquares) Count(point []int) int {
	q := [2]int{point[0], point[1]}
	n, total := len(this.pts), 0
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			for k := j + 1; k < n; k++ {
				if isSquare([][2]int{q, this.pts[i], this.pts[j], this.pts[k]}) {
					total++
				}
			}
		}
	}
	return total
}
