//go:build ignore

package main

// Mutant: steps past both intervals after every comparison, so an interval
// that overlaps two intervals of the other list meets only the first.
// verdict: wrong_answer
func intervalIntersection(firstList [][]int, secondList [][]int) [][]int {
	out := [][]int{}
	for i, j := 0, 0; i < len(firstList) && j < len(secondList); {
		a, b := firstList[i], secondList[j]
		lo, hi := max(a[0], b[0]), min(a[1], b[1])
		if lo <= hi {
			out = append(out, []int{lo, hi})
			i++
			j++
		} else if a[1] < b[1] {
			i++
		} else {
			j++
		}
	}
	return out
}
