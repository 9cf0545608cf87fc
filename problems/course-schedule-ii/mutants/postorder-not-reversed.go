//go:build ignore

package main

// Mutant: depth-first search along "b unlocks a" edges that appends each
// course when it finishes but forgets to reverse the list, so every course
// appears before the prerequisites it should follow.
func findOrder(numCourses int, prerequisites [][]int) []int {
	next := make([][]int, numCourses)
	for _, p := range prerequisites {
		next[p[1]] = append(next[p[1]], p[0])
	}
	state := make([]int, numCourses) // 0 new, 1 on path, 2 done
	order := make([]int, 0, numCourses)
	var visit func(c int) bool
	visit = func(c int) bool {
		if state[c] == 1 {
			return false
		}
		if state[c] == 2 {
			return true
		}
		state[c] = 1
		for _, n := range next[c] {
			if !visit(n) {
				return false
			}
		}
		state[c] = 2
		order = append(order, c)
		return true
	}
	for c := 0; c < numCourses; c++ {
		if !visit(c) {
			return []int{}
		}
	}
	return order
}
