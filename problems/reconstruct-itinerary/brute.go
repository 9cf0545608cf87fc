//go:build ignore

package main

// findItinerary enumerates every journey from JFK that uses each ticket once,
// by choosing at every step any unused ticket leaving the current airport,
// and keeps the smallest in dictionary order.
func findItinerary(tickets [][]string) []string {
	used := make([]bool, len(tickets))
	path := []string{"JFK"}
	var best []string
	less := func(a, b []string) bool {
		for i := range a {
			if a[i] != b[i] {
				return a[i] < b[i]
			}
		}
		return false
	}
	var walk func()
	walk = func() {
		if len(path) == len(tickets)+1 {
			if best == nil || less(path, best) {
				best = append([]string(nil), path...)
			}
			return
		}
		at := path[len(path)-1]
		for i, t := range tickets {
			if !used[i] && t[0] == at {
				used[i] = true
				path = append(path, t[1])
				walk()
				path = path[:len(path)-1]
				used[i] = false
			}
		}
	}
	walk()
	return best
}
