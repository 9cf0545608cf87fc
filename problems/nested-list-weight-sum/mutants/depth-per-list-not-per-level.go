//go:build ignore

package main

// Mutant: a breadth-first walk that raises the depth each time it opens a
// list rather than each time it moves to the next level, so sibling lists
// at the same depth get ever larger weights.
// verdict: wrong_answer
func depthSum(nestedList []*NestedInteger) int {
	type item struct {
		list  []*NestedInteger
		depth int
	}
	queue := []item{{nestedList, 1}}
	depth, sum := 1, 0
	for len(queue) > 0 {
		it := queue[0]
		queue = queue[1:]
		for _, e := range it.list {
			if e.IsInteger() {
				sum += e.GetInteger() * it.depth
			} else {
				depth++
				queue = append(queue, item{e.GetList(), depth})
			}
		}
	}
	return sum
}
