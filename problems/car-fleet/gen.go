//go:build ignore

package main

import "math/rand/v2"

// genPositions returns n distinct positions in [0, target), shuffled.
func genPositions(r *rand.Rand, n, target int) []int {
	pos := r.Perm(target)[:n]
	return pos
}

// generate builds 10^5 cars on a road of the maximum length: equal speeds
// (every car is its own fleet, so checking all cars in front is quadratic),
// one slow car at the front that collects everyone, random speeds, and a
// crowd whose solo arrival times are all exactly 10 hours.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(3, 17))
	const n, target = 100000, 1000000
	same := make([]int, n)
	for i := range same {
		same[i] = 1
	}
	collectPos := genPositions(r, n, target)
	collectSpeed := make([]int, n)
	front := 0
	for i, p := range collectPos {
		collectSpeed[i] = 1_000_000
		if p > collectPos[front] {
			front = i
		}
	}
	collectSpeed[front] = 1
	randomSpeed := make([]int, n)
	for i := range randomSpeed {
		randomSpeed[i] = 1 + r.IntN(1_000_000)
	}
	tiePos := make([]int, n)
	tieSpeed := make([]int, n)
	for i, s := range r.Perm(n) {
		tieSpeed[i] = s + 1
		tiePos[i] = target - 10*(s+1)
	}
	return []GenCase{
		{Name: "large-all-separate", Input: map[string]any{"target": target, "position": genPositions(r, n, target), "speed": same}},
		{Name: "large-slow-leader", Input: map[string]any{"target": target, "position": collectPos, "speed": collectSpeed}},
		{Name: "large-random", Input: map[string]any{"target": target, "position": genPositions(r, n, target), "speed": randomSpeed}},
		{Name: "large-all-tie-at-target", Input: map[string]any{"target": target, "position": tiePos, "speed": tieSpeed}},
	}
}

// sized builds n cars at shuffled distinct positions, all at speed 1: no car
// ever catches another, so a check of every car in front runs to the end
// for each car, n^2/2 comparisons.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(3, uint64(n)))
	target := 1_000_000
	speed := make([]int, n)
	for i := range speed {
		speed[i] = 1
	}
	return map[string]any{"target": target, "position": genPositions(r, n, target), "speed": speed}
}
