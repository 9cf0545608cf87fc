//go:build ignore

package main

// Mutant: counts the outermost list as depth 0 instead of 1, so every
// integer is weighted one too little and top-level integers vanish.
// verdict: wrong_answer
//
// No time-limit mutant: the top level holds at most 50 elements and
// nothing nests deeper than 50, so even rescanning the whole structure
// once per depth (50 passes) stays within a constant factor of one pass.
func depthSum(nestedList []*NestedInteger) int {
	return sumFrom(nestedList, 0)
}

func sumFrom(list []*NestedInteger, depth int) int {
	sum := 0
	for _, e := range list {
		if e.IsInteger() {
			sum += e.GetInteger() * depth
		} else {
			sum += sumFrom(e.GetList(), depth+1)
		}
	}
	return sum
}
