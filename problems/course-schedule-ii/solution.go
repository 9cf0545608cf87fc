//go:build ignore

package main

// findOrder runs Kahn's algorithm: courses whose prerequisites are all taken
// wait in a queue; taking one releases the courses that depend on it. If the
// queue empties before every course is taken, the rest lie on or behind a
// cycle and no order exists.
func findOrder(numCourses int, prerequisites [][]int) []int {
	next := make([][]int, numCourses)
	indegree := make([]int, numCourses)
	for _, p := range prerequisites {
		course, before := p[0], p[1]
		next[before] = append(next[before], course)
		indegree[course]++
	}
	order := make([]int, 0, numCourses)
	for c, d := range indegree {
		if d == 0 {
			order = append(order, c)
		}
	}
	// order doubles as the queue: order[head:] are taken but not yet expanded.
	for head := 0; head < len(order); head++ {
		for _, n := range next[order[head]] {
			indegree[n]--
			if indegree[n] == 0 {
				order = append(order, n)
			}
		}
	}
	if len(order) < numCourses {
		return []int{}
	}
	return order
}
