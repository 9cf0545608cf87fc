//go:build ignore

package main

import "sort"

// Mutant: always flies to the alphabetically smallest unused destination and
// never backtracks, so it can end at a dead end with tickets left over.
func findItinerary(tickets [][]string) []string {
	out := map[string][]string{}
	for _, t := range tickets {
		out[t[0]] = append(out[t[0]], t[1])
	}
	for _, d := range out {
		sort.Strings(d)
	}
	route := []string{"JFK"}
	for {
		at := route[len(route)-1]
		if len(out[at]) == 0 {
			return route
		}
		route = append(route, out[at][0])
		out[at] = out[at][1:]
	}
}
