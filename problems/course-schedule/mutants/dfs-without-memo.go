//go:build ignore

package main

// Mutant: depth-first cycle search that only tracks the current path and
// forgets courses already proven safe, so it re-walks every path of the
// graph: exponential on a ladder of diamonds.
// verdict: time_limit_exceeded
func canFinish(numCourses int, prerequisites [][]int) bool {
	next := make([][]int, numCourses)
	for _, p := range prerequisites {
		next[p[1]] = append(next[p[1]], p[0])
	}
	onPath := make([]bool, numCourses)
	var hasCycle func(c int) bool
	hasCycle = func(c int) bool {
		if onPath[c] {
			return true
		}
		onPath[c] = true
		for _, n := range next[c] {
			if hasCycle(n) {
				return true
			}
		}
		onPath[c] = false
		return false
	}
	for c := 0; c < numCourses; c++ {
		if hasCycle(c) {
			return false
		}
	}
	return true
}
