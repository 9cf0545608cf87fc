//go:build ignore

package main

// generate returns the largest n allowed and neighbours of a power of two
// near it, where the highest bit changes.
func generate() []GenCase {
	var cases []GenCase
	for _, c := range []struct {
		name string
		n    int
	}{{"large-max", 100000}, {"large-max-minus-one", 99999}, {"large-power-of-two", 65536}, {"large-all-ones", 65535}} {
		cases = append(cases, GenCase{Name: c.name, Input: map[string]any{"n": c.n}})
	}
	return cases
}

// sized is n itself: the list has n + 1 entries. Past 10^5 it leaves the
// statement's range; the ladder only measures.
func sized(n int) map[string]any {
	return map[string]any{"n": n}
}
