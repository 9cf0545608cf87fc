//go:build ignore

package main

// Mutant: after each comparison advances the interval that ends last, so
// the one that ends first stays and the longer one, which may still meet
// the next interval, is thrown away.
// (No time-limit mutant: with at most 1000 intervals a list, comparing every
// pair is a million steps, inside the limit.)
// verdict: wrong_answer
func intervalIntersection(firstList [][]int, secondList [][]int) [][]int {
	out := [][]int{}
	i, j := 0, 0
	for i < len(firstList) && j < len(secondList) {
		a, b := firstList[i], secondList[j]
		lo, hi := max(a[0], b[0]), min(a[1], b[1])
		if lo <= hi {
			out = append(out, []int{lo, hi})
		}
		if a[1] > b[1] {
			i++
		} else {
			j++
		}
	}
	return out
}
