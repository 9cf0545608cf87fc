//go:build ignore

package main

// Mutant: a single visited set, so reaching a course a second time through a
// different path (a diamond) is mistaken for a cycle.
func canFinish(numCourses int, prerequisites [][]int) bool {
	next := make([][]int, numCourses)
	for _, p := range prerequisites {
		next[p[1]] = append(next[p[1]], p[0])
	}
	visited := make([]bool, numCourses)
	var hasCycle func(c int) bool
	hasCycle = func(c int) bool {
		if visited[c] {
			return true
		}
		visited[c] = true
		for _, n := range next[c] {
			if hasCycle(n) {
				return true
			}
		}
		return false
	}
	for c := 0; c < numCourses; c++ {
		if !visited[c] && hasCycle(c) {
			return false
		}
	}
	return true
}
