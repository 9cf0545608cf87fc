//go:build ignore

package main

// intervalIntersection walks both lists together. The current pair
// intersects in [max of starts, min of ends] when that is not empty; then
// the interval that ends first is done, since everything after it in the
// other list starts later still.
func intervalIntersection(firstList [][]int, secondList [][]int) [][]int {
	out := [][]int{}
	i, j := 0, 0
	for i < len(firstList) && j < len(secondList) {
		a, b := firstList[i], secondList[j]
		lo, hi := max(a[0], b[0]), min(a[1], b[1])
		if lo <= hi {
			out = append(out, []int{lo, hi})
		}
		if a[1] < b[1] {
			i++
		} else {
			j++
		}
	}
	return out
}
