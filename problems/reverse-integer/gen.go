//go:build ignore

package main

// generate returns ten-digit inputs at the edges of the 32-bit range: the
// limits themselves, reversals that just fit and just overflow on either
// side, and overflows decided only by the last digit.
func generate() []GenCase {
	var cases []GenCase
	for _, c := range []struct {
		name string
		x    int
	}{
		{"large-int32-max", 1<<31 - 1},
		{"large-int32-min", -1 << 31},
		{"large-fits-below-max", 1463847412},
		{"large-fits-above-min", -1463847412},
		{"large-overflows-max", 1563847412},
		{"large-overflows-min", -1563847412},
		{"large-last-digit-overflows", 1000000003},
		{"large-last-digit-overflows-negative", -1000000003},
		{"large-palindrome", 2147447412},
	} {
		cases = append(cases, GenCase{Name: c.name, Input: map[string]any{"x": c.x}})
	}
	return cases
}

// sized returns a ten-digit x chosen by n; every such input costs ten steps.
func sized(n int) map[string]any {
	return map[string]any{"x": 1_000_000_000 + n%1_000_000_000}
}
