//go:build ignore

package main

import "sort"

// Mutant: sorts destinations ascending but pops them from the end, so it
// always takes the alphabetically largest ticket first.
func findItinerary(tickets [][]string) []string {
	out := map[string][]string{}
	for _, t := range tickets {
		out[t[0]] = append(out[t[0]], t[1])
	}
	for _, d := range out {
		sort.Strings(d)
	}
	var route []string
	stack := []string{"JFK"}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		if d := out[top]; len(d) > 0 {
			stack = append(stack, d[len(d)-1])
			out[top] = d[:len(d)-1]
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
