//go:build ignore

package main

import "math/rand/v2"

// generate builds cases with twelve coins and the maximum amount: random
// mid-sized coins, even coins with an odd amount (nothing is reachable, so a
// search must exhaust everything), coins where greedy overpays, and huge
// coins beside small ones.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(29, 31))
	const amount = 10000
	genCoins := func(lo, hi int) []int {
		seen := map[int]bool{}
		coins := []int{}
		for len(coins) < 12 {
			c := lo + r.IntN(hi-lo+1)
			if !seen[c] {
				seen[c] = true
				coins = append(coins, c)
			}
		}
		return coins
	}
	even := genCoins(1, 500)
	for i := range even {
		even[i] *= 2
	}
	return []GenCase{
		{Name: "large-random-coins", Input: map[string]any{"coins": genCoins(50, 700), "amount": amount}},
		{Name: "large-small-coins", Input: map[string]any{"coins": genCoins(1, 30), "amount": amount - 1}},
		{Name: "large-even-coins-odd-amount", Input: map[string]any{"coins": even, "amount": amount - 1}},
		{Name: "large-greedy-trap", Input: map[string]any{"coins": []int{1, 7, 10, 15, 37, 38, 99, 100, 256, 257, 499, 500}, "amount": amount - 3}},
		{Name: "large-huge-coins", Input: map[string]any{"coins": []int{2147483647, 2147483646, 1 << 30, 999_999_937, 10001, 9973, 3, 7}, "amount": amount}},
	}
}

// sized pays an amount of n with the twelve coins 1 to 12: every coin fits
// almost every sub-amount, so the table does all 12n steps, and a search
// that does not remember sub-amounts branches twelve ways at every step.
func sized(n int) map[string]any {
	return map[string]any{"coins": []int{7, 3, 12, 1, 9, 5, 11, 2, 8, 4, 10, 6}, "amount": n}
}
