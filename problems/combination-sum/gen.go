//go:build ignore

package main

// generate builds inputs at the limits that keep the answer under 150 ways:
// thirty candidates (11 to 40) with target 40, a full range of small
// candidates with a target where they barely fit, candidates that never
// reach the target, and a mid-range mix.
func generate() []GenCase {
	big := make([]int, 0, 30)
	for v := 40; v >= 11; v-- {
		big = append(big, v)
	}
	odd := []int{39, 37, 35, 33, 31, 29, 27, 25, 23, 21, 19, 17, 15, 13, 11, 9, 7, 5, 3}
	return []GenCase{
		{Name: "large-thirty-candidates", Input: map[string]any{"candidates": big, "target": 40}},
		{Name: "large-small-candidates", Input: map[string]any{"candidates": []int{7, 2, 5, 3, 11, 13}, "target": 21}},
		{Name: "large-odd-candidates", Input: map[string]any{"candidates": odd, "target": 24}},
		{Name: "large-no-way", Input: map[string]any{"candidates": []int{4, 8, 12, 16, 20, 24, 28, 32, 36, 40}, "target": 38}},
	}
}

// sized asks for target n with every candidate from 2 to 40 in shuffled
// order: the number of ways grows faster than any polynomial in n, and every
// correct solution lists them all.
func sized(n int) map[string]any {
	cands := make([]int, 0, 39)
	for v := 40; v >= 2; v-- {
		if v%2 == 0 {
			cands = append(cands, v)
		} else {
			cands = append([]int{v}, cands...)
		}
	}
	return map[string]any{"candidates": cands, "target": n}
}
