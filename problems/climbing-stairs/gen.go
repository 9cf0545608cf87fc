//go:build ignore

package main

import "strconv"

// generate returns the largest staircases allowed; at n = 45 a recursion
// without memoization makes about 3·10^9 calls.
func generate() []GenCase {
	cases := []GenCase{}
	for _, n := range []int{45, 44, 41} {
		cases = append(cases, GenCase{Name: "large-n-" + strconv.Itoa(n), Input: map[string]any{"n": n}})
	}
	return cases
}
