//go:build ignore

package main

// Mutant: Hierholzer's algorithm that takes tickets in the order given
// instead of alphabetical order; it uses every ticket but not the smallest
// journey.
func findItinerary(tickets [][]string) []string {
	out := map[string][]string{}
	for _, t := range tickets {
		out[t[0]] = append(out[t[0]], t[1])
	}
	var route []string
	var visit func(at string)
	visit = func(at string) {
		for len(out[at]) > 0 {
			next := out[at][0]
			out[at] = out[at][1:]
			visit(next)
		}
		route = append(route, at)
	}
	visit("JFK")
	for i, j := 0, len(route)-1; i < j; i, j = i+1, j-1 {
		route[i], route[j] = route[j], route[i]
	}
	return route
}
