//go:build ignore

package main

// Mutant: weights each integer by its height instead of its depth (the
// deepest integers weigh 1, the top-level ones the most), the rule of the
// "inverse" variant of this problem: it keeps a running unweighted sum and
// adds it once per level.
// verdict: wrong_answer
func depthSum(nestedList []*NestedInteger) int {
	level := nestedList
	unweighted, total := 0, 0
	for len(level) > 0 {
		var next []*NestedInteger
		for _, e := range level {
			if e.IsInteger() {
				unweighted += e.GetInteger()
			} else {
				next = append(next, e.GetList()...)
			}
		}
		total += unweighted
		level = next
	}
	return total
}
