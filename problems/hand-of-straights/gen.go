//go:build ignore

package main

import "math/rand/v2"

const genN = 10000

// genRuns deals n/k runs of k consecutive values, each starting at a value
// from start(i), and shuffles the hand.
func genRuns(r *rand.Rand, n, k int, start func(i int) int) []int {
	hand := make([]int, 0, n)
	for i := 0; i < n/k; i++ {
		s := start(i)
		for v := s; v < s+k; v++ {
			hand = append(hand, v)
		}
	}
	r.Shuffle(len(hand), func(i, j int) { hand[i], hand[j] = hand[j], hand[i] })
	return hand
}

// generate builds hands of the maximum size: many tiny groups over distinct
// values (the most rounds for a solution that searches for the smallest
// card each round), heavy duplicates, random runs over the whole value
// range with and without one card spoiled, and a single run as long as the
// hand ending at the largest value.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(23, 29))
	singles := make([]int, genN)
	for i := range singles {
		singles[i] = 1_000_000_000 - 7*i
	}
	r.Shuffle(genN, func(i, j int) { singles[i], singles[j] = singles[j], singles[i] })
	pairs := genRuns(r, genN, 2, func(i int) int { return 2 * i })
	dups := genRuns(r, genN, 100, func(int) int { return 5000 })
	random := genRuns(r, genN, 5, func(int) int { return r.IntN(1_000_000_000 - 3) })
	spoiled := genRuns(r, genN, 5, func(int) int { return r.IntN(1_000_000_000 - 3) })
	lo := spoiled[0]
	for _, v := range spoiled {
		lo = min(lo, v)
	}
	for i, v := range spoiled {
		if v == lo { // the smallest card now leaves its run one short
			spoiled[i] = lo + 2
			break
		}
	}
	long := genRuns(r, genN, genN, func(int) int { return 1_000_000_000 - genN + 1 })
	return []GenCase{
		{Name: "large-groups-of-one", Input: map[string]any{"hand": singles, "groupSize": 1}},
		{Name: "large-pairs", Input: map[string]any{"hand": pairs, "groupSize": 2}},
		{Name: "large-heavy-duplicates", Input: map[string]any{"hand": dups, "groupSize": 100}},
		{Name: "large-random-runs", Input: map[string]any{"hand": random, "groupSize": 5}},
		{Name: "large-random-runs-spoiled", Input: map[string]any{"hand": spoiled, "groupSize": 5}},
		{Name: "large-one-run-at-max", Input: map[string]any{"hand": long, "groupSize": genN}},
	}
}

// sized is n distinct values, shuffled, to be laid out in pairs: sorting
// dominates the reference, while a search for the smallest card before
// each of the n/2 groups costs O(n^2).
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(23, uint64(n)))
	return map[string]any{"hand": genRuns(r, n, 2, func(i int) int { return 2 * i }), "groupSize": 2}
}
