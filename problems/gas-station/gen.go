//go:build ignore

package main

import "math/rand/v2"

const genN = 100000

// genLastStart is n stations that each give and burn one unit, except that
// the last gives two and the one before it burns two: only the last station
// works, and a start anywhere else drives almost to the end before failing,
// so trying every start costs n^2/2 steps. short drops the extra unit, so
// no start works and every attempt fails just as late.
func genLastStart(n int, short bool) (gas, cost []int) {
	gas, cost = make([]int, n), make([]int, n)
	for i := range gas {
		gas[i], cost[i] = 1, 1
	}
	cost[n-2] = 2
	if !short {
		gas[n-1] = 2
	}
	return gas, cost
}

// genValidStarts counts the stations a full lap can start from, by prefix
// sums of the surplus: a start s works when no partial sum from s, around
// the loop, drops below zero.
func genValidStarts(gas, cost []int) []int {
	n := len(gas)
	pre := make([]int, n+1)
	for i := range gas {
		pre[i+1] = pre[i] + gas[i] - cost[i]
	}
	sufMin := make([]int, n+2) // min of pre[k] for k >= i
	sufMin[n+1] = 1 << 62
	for i := n; i >= 0; i-- {
		sufMin[i] = min(pre[i], sufMin[i+1])
	}
	var starts []int
	preMin := 1 << 62 // min of pre[k] for 1 <= k <= s
	for s := 0; s < n; s++ {
		if s > 0 {
			preMin = min(preMin, pre[s])
		}
		okAfter := sufMin[s+1]-pre[s] >= 0
		okWrap := s == 0 || pre[n]+preMin-pre[s] >= 0
		if okAfter && okWrap {
			starts = append(starts, s)
		}
	}
	return starts
}

// genRandom builds random stations whose surplus adds up to exactly
// balance, retrying until at most one start works (the statement's
// guarantee).
func genRandom(r *rand.Rand, n, balance int) (gas, cost []int) {
	for {
		gas, cost = make([]int, n), make([]int, n)
		total := 0
		for i := range gas {
			gas[i], cost[i] = r.IntN(10001), r.IntN(10001)
			total += gas[i] - cost[i]
		}
		for total != balance {
			i := r.IntN(n)
			if total > balance {
				d := min(total-balance, 10000-cost[i])
				cost[i] += d
				total -= d
			} else {
				d := min(balance-total, 10000-gas[i])
				gas[i] += d
				total += d
			}
		}
		if len(genValidStarts(gas, cost)) <= 1 {
			return gas, cost
		}
	}
}

// generate builds roads of the maximum length: the late-failing pattern
// with and without a solution, random stations that balance exactly (one
// start), random stations one unit short, and a road whose only start is
// station 0, whose surplus pays for a long run of deficits at the end.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(17, 19))
	lastG, lastC := genLastStart(genN, false)
	noG, noC := genLastStart(genN, true)
	randG, randC := genRandom(r, genN, 0)
	shortG, shortC := genRandom(r, genN, -1)
	// Station 0 gives 10000 units, then stations that give what they burn,
	// then 10000 stations one unit short each: only station 0 works.
	firstG, firstC := make([]int, genN), make([]int, genN)
	firstG[0] = 10000
	for i := 1; i < genN; i++ {
		firstG[i] = r.IntN(10000)
		firstC[i] = firstG[i]
		if i >= genN-10000 {
			firstC[i]++
		}
	}
	return []GenCase{
		{Name: "large-only-last-start", Input: map[string]any{"gas": lastG, "cost": lastC}},
		{Name: "large-no-start-fails-late", Input: map[string]any{"gas": noG, "cost": noC}},
		{Name: "large-random-balanced", Input: map[string]any{"gas": randG, "cost": randC}},
		{Name: "large-random-one-short", Input: map[string]any{"gas": shortG, "cost": shortC}},
		{Name: "large-first-start", Input: map[string]any{"gas": firstG, "cost": firstC}},
	}
}

// sized is the late-failing pattern whose only start is the last station:
// the reference drives the loop once, trying every start costs n^2/2.
func sized(n int) map[string]any {
	gas, cost := genLastStart(max(n, 2), false)
	return map[string]any{"gas": gas, "cost": cost}
}
