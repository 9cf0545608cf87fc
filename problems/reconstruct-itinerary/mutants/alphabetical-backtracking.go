//go:build ignore

package main

import "sort"

// Mutant: backtracking that tries tickets in alphabetical order and undoes a
// choice on a dead end; correct, but a chain of side loops makes it retry
// exponentially many orders.
// verdict: time_limit_exceeded
func findItinerary(tickets [][]string) []string {
	sorted := make([][]string, len(tickets))
	copy(sorted, tickets)
	sort.Slice(sorted, func(i, j int) bool {
		if sorted[i][0] != sorted[j][0] {
			return sorted[i][0] < sorted[j][0]
		}
		return sorted[i][1] < sorted[j][1]
	})
	out := map[string][]int{}
	for i, t := range sorted {
		out[t[0]] = append(out[t[0]], i)
	}
	used := make([]bool, len(sorted))
	path := []string{"JFK"}
	var walk func() bool
	walk = func() bool {
		if len(path) == len(sorted)+1 {
			return true
		}
		at := path[len(path)-1]
		for _, i := range out[at] {
			if used[i] {
				continue
			}
			used[i] = true
			path = append(path, sorted[i][1])
			if walk() {
				return true
			}
			path = path[:len(path)-1]
			used[i] = false
		}
		return false
	}
	walk()
	return path
}
