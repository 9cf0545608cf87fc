//go:build ignore

package main

// Mutant: keeps the depth in one shared counter that grows when the walk
// enters a list but is never lowered when it leaves one, so everything
// read after a nested list is weighted too heavily.
// verdict: wrong_answer
func depthSum(nestedList []*NestedInteger) int {
	depth := 1
	var walk func(list []*NestedInteger) int
	walk = func(list []*NestedInteger) int {
		sum := 0
		for _, e := range list {
			if e.IsInteger() {
				sum += e.GetInteger() * depth
			} else {
				depth++
				sum += walk(e.GetList())
			}
		}
		return sum
	}
	return walk(nestedList)
}
