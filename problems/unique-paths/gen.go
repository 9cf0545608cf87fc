//go:build ignore

package main

import "fmt"

// generate returns the grids with the largest answers the constraints allow
// (at most 2·10^9 routes) and the longest thin grids; a recursion without
// memoization makes about twice as many calls as there are routes.
func generate() []GenCase {
	grids := [][2]int{{69, 8}, {8, 69}, {11, 34}, {16, 20}, {9, 51}, {100, 7}, {100, 1}, {1, 100}}
	cases := make([]GenCase, len(grids))
	for i, g := range grids {
		cases[i] = GenCase{
			Name:  fmt.Sprintf("large-%d-by-%d", g[0], g[1]),
			Input: map[string]any{"m": g[0], "n": g[1]},
		}
	}
	return cases
}

// sized is the grid of n rows and 3 columns. Its answer, n(n+1)/2, stays
// within the constraint up to n = 63245; the table does about 2n additions
// in a row of three cells, while a recursion without memoization makes about
// n^2 calls.
func sized(n int) map[string]any {
	return map[string]any{"m": n, "n": 3}
}
