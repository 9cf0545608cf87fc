//go:build ignore

package main

// generate returns operands at the extremes of the range and pairs whose
// carries travel the furthest: opposites, whose sum is 0 with a carry through
// every bit, and all-ones patterns plus one.
func generate() []GenCase {
	var cases []GenCase
	for _, c := range []struct {
		name string
		a, b int
	}{
		{"large-both-max", 1000, 1000},
		{"large-both-min", -1000, -1000},
		{"large-max-plus-min", 1000, -1000},
		{"large-min-plus-max", -1000, 1000},
		{"large-opposites-odd", -999, 999},
		{"large-ones-plus-one", 511, 1},
		{"large-min-plus-minus-one", -1000, -1},
		{"large-max-plus-minus-one", 1000, -1},
	} {
		cases = append(cases, GenCase{Name: c.name, Input: map[string]any{"a": c.a, "b": c.b}})
	}
	return cases
}

// sized returns opposite operands picked by n: their sum is 0, but the carry
// travels through all 64 bits first, the most rounds the loop can take.
func sized(n int) map[string]any {
	a := -(n % 1000) - 1
	return map[string]any{"a": a, "b": -a}
}
