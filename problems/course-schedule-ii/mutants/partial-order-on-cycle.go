//go:build ignore

package main

// Mutant: Kahn's algorithm that returns whatever it managed to take, instead
// of an empty list, when a cycle blocks the remaining courses.
func findOrder(numCourses int, prerequisites [][]int) []int {
	next := make([][]int, numCourses)
	indegree := make([]int, numCourses)
	for _, p := range prerequisites {
		next[p[1]] = append(next[p[1]], p[0])
		indegree[p[0]]++
	}
	var order []int
	for c, d := range indegree {
		if d == 0 {
			order = append(order, c)
		}
	}
	for head := 0; head < len(order); head++ {
		for _, n := range next[order[head]] {
			if indegree[n]--; indegree[n] == 0 {
				order = append(order, n)
			}
		}
	}
	return order
}
