//go:build ignore

package main

// generate asks for the two largest boards the constraints allow: 9 queens
// (352 solutions) and 8 queens (92).
func generate() []GenCase {
	return []GenCase{
		{Name: "large-nine-queens", Input: map[string]any{"n": 9}},
		{Name: "large-eight-queens", Input: map[string]any{"n": 8}},
	}
}

// sized asks for n queens, capped at 11 (2680 solutions): 16 queens would
// list 14.7 million boards. The rungs 1, 2, 4, 8 and 16 run 1, 2, 4, 8, 11.
func sized(n int) map[string]any {
	return map[string]any{"n": min(n, 11)}
}
