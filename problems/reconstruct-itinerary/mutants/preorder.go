//go:build ignore

package main

import "sort"

// Mutant: Hierholzer's walk that records each airport when it is first
// entered (pre-order) instead of when it is finished, so a dead end reached
// early stays early.
func findItinerary(tickets [][]string) []string {
	out := map[string][]string{}
	for _, t := range tickets {
		out[t[0]] = append(out[t[0]], t[1])
	}
	for _, d := range out {
		sort.Strings(d)
	}
	var route []string
	var visit func(at string)
	visit = func(at string) {
		route = append(route, at)
		for len(out[at]) > 0 {
			next := out[at][0]
			out[at] = out[at][1:]
			visit(next)
		}
	}
	visit("JFK")
	return route
}
