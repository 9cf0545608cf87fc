//go:build ignore

package main

import "math/rand/v2"

// genDistinct returns k distinct coin values in [lo, hi].
func genDistinct(r *rand.Rand, k, lo, hi int) []int {
	seen := map[int]bool{}
	coins := make([]int, 0, k)
	for len(coins) < k {
		c := lo + r.IntN(hi-lo+1)
		if !seen[c] {
			seen[c] = true
			coins = append(coins, c)
		}
	}
	return coins
}

// generate builds cases at the maximum amount, 5000, with counts that still
// fit in 32 bits: 300 even coins and an odd amount (no way at all, but a
// search must walk every collection below the amount), 300 random coins of
// 200 or more (about 6.4·10^8 ways), five small odd coins (about 1.76·10^9
// ways, near the 32-bit limit), and four small coins listed largest first.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(518, 1))
	even := genDistinct(r, 300, 1, 2500)
	for i := range even {
		even[i] *= 2
	}
	return []GenCase{
		{Name: "large-even-coins-odd-amount", Input: map[string]any{"amount": 4999, "coins": even}},
		{Name: "large-many-random-coins", Input: map[string]any{"amount": 5000, "coins": genDistinct(r, 300, 200, 5000)}},
		{Name: "large-near-32-bit-limit", Input: map[string]any{"amount": 5000, "coins": []int{13, 11, 7, 5, 3}}},
		{Name: "large-small-coins-descending", Input: map[string]any{"amount": 5000, "coins": []int{4, 3, 2, 1}}},
		{Name: "large-coins-above-half", Input: map[string]any{"amount": 5000, "coins": genDistinct(r, 300, 2400, 5000)}},
	}
}

// sized asks for the odd amount n+1 with the twelve even coins 2 to 24: no
// way exists, the table still does 12 steps per amount, and a search without
// memory walks every collection of coins below the amount.
func sized(n int) map[string]any {
	return map[string]any{"amount": n + 1, "coins": []int{14, 2, 24, 8, 20, 4, 18, 10, 6, 22, 12, 16}}
}
