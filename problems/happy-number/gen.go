//go:build ignore

package main

// generate returns inputs at the top of the range, happy and unhappy: the
// largest 32-bit values, all nines, and the largest happy numbers below 2^31.
func generate() []GenCase {
	var cases []GenCase
	for _, c := range []struct {
		name string
		n    int
	}{
		{"large-int32-max", 1<<31 - 1},
		{"large-int32-max-minus-one", 1<<31 - 2},
		{"large-largest-happy", 2147483645},
		{"large-happy-2147483632", 2147483632},
		{"large-all-nines", 999999999},
		{"large-power-of-ten", 1000000000},
		{"large-1999999999", 1999999999},
	} {
		cases = append(cases, GenCase{Name: c.name, Input: map[string]any{"n": c.n}})
	}
	return cases
}

// sized is n itself: its sequence drops below 1000 after one step, so every
// input costs about the same.
func sized(n int) map[string]any {
	return map[string]any{"n": n}
}
