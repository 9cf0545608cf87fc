//go:build ignore

package main

import "sort"

// findItinerary runs Hierholzer's algorithm. Each airport's destinations are
// sorted so the smallest unused one is taken first. An airport whose tickets
// are all used is finished and is emitted; the emitted order is the journey
// reversed, because a dead end reached early must come last.
func findItinerary(tickets [][]string) []string {
	out := map[string][]string{}
	for _, t := range tickets {
		out[t[0]] = append(out[t[0]], t[1])
	}
	for _, dests := range out {
		// Descending, so the smallest destination is popped from the end.
		sort.Sort(sort.Reverse(sort.StringSlice(dests)))
	}
	route := make([]string, 0, len(tickets)+1)
	stack := []string{"JFK"}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		if dests := out[top]; len(dests) > 0 {
			stack = append(stack, dests[len(dests)-1])
			out[top] = dests[:len(dests)-1]
			continue
		}
		route = append(route, top)
		stack = stack[:len(stack)-1]
	}
	for i, j := 0, len(route)-1; i < j; i, j = i+1, j-1 {
		route[i], route[j] = route[j], route[i]
	}
	return route
}
