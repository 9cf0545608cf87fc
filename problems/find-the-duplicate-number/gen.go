//go:build ignore

package main

import "math/rand/v2"

// generate builds arrays of the maximum length n + 1 = 100001: the pair at
// the very end (a pairwise scan does all n^2/2 checks), a random shuffle with
// the pair far apart, and a value repeated in half the slots.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(287, 100000))
	const n = 100000
	end := make([]int, n+1)
	for i := 0; i < n; i++ {
		end[i] = i + 1
	}
	end[n] = n

	shuffled := make([]int, n+1)
	for i := 0; i < n; i++ {
		shuffled[i] = i + 1
	}
	shuffled[n] = 1 + r.IntN(n)
	r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })

	half := make([]int, 0, n+1)
	dup := 1 + r.IntN(n)
	for v := 1; v <= n && len(half) < n/2; v++ {
		if v != dup {
			half = append(half, v)
		}
	}
	for len(half) < n+1 {
		half = append(half, dup)
	}
	r.Shuffle(len(half), func(i, j int) { half[i], half[j] = half[j], half[i] })

	return []GenCase{
		{Name: "large-pair-at-end", Input: map[string]any{"nums": end}},
		{Name: "large-random-shuffle", Input: map[string]any{"nums": shuffled}},
		{Name: "large-value-in-half-the-slots", Input: map[string]any{"nums": half}},
	}
}

// sized builds n slots holding 1 to n-1 in order and n-1 again in the last
// slot. The pair sits at the very end, so a pairwise scan does all n^2/2
// checks, while the linked-list walk runs in order through memory.
func sized(n int) map[string]any {
	nums := make([]int, n)
	for i := 0; i < n-1; i++ {
		nums[i] = i + 1
	}
	nums[n-1] = n - 1
	return map[string]any{"nums": nums}
}
