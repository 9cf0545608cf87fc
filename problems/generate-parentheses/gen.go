//go:build ignore

package main

// generate asks for the two largest inputs the constraints allow, 8 and 7
// pairs (1430 and 429 strings).
func generate() []GenCase {
	return []GenCase{
		{Name: "large-eight-pairs", Input: map[string]any{"n": 8}},
		{Name: "large-seven-pairs", Input: map[string]any{"n": 7}},
	}
}

// sized asks for n pairs, capped at 12: the answer grows about four times
// per extra pair, so 16 pairs (35 million strings) would exhaust memory.
// The rungs 1, 2, 4, 8 and 16 run 1, 2, 4, 8 and 12 pairs.
func sized(n int) map[string]any {
	return map[string]any{"n": min(n, 12)}
}
