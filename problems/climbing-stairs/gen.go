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

// sized is a staircase of n steps. Beyond n = 45 the count no longer fits
// in 32 bits (and past 91 it wraps around), but the work still grows with
// n; the ladder only times it.
func sized(n int) map[string]any {
	return map[string]any{"n": n}
}
