//go:build ignore

package main

// Mutant: keeps an intersection only when lo < hi, so intervals that merely
// touch ([0,3] and [3,8]) lose their one-point intersection.
// verdict: wrong_answer
func intervalIntersection(firstList [][]int, secondList [][]int) [][]int {
	out := [][]int{}
	i, j := 0, 0
	for i < len(firstList) && j < len(secondList) {
		a, b := firstList[i], secondList[j]
		lo, hi := max(a[0], b[0]), min(a[1], b[1])
		if lo < hi {
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
