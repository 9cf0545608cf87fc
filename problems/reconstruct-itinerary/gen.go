//go:build ignore

package main

import "math/rand/v2"

// genCode returns a three-letter airport code: first letter lead, then i in
// base 26.
func genCode(lead byte, i int) string {
	return string([]byte{lead + byte(i/676), 'A' + byte(i/26%26), 'A' + byte(i%26)})
}

// genTraps builds a chain JFK -> X0 -> X1 -> ... where every Xi also has a
// round trip to a side airport Li named later in the alphabet than X(i+1).
// Flying on to X(i+1) first strands the side loop, which only shows when
// the tickets run out, so alphabetical backtracking retries 2^g orders.
// About 3g tickets; the X codes start with A..M and the L codes with N..Z.
func genTraps(r *rand.Rand, g int) [][]string {
	t := [][]string{{"JFK", genCode('A', 0)}}
	for i := 0; i < g; i++ {
		x, l := genCode('A', i), genCode('N', i)
		t = append(t, []string{x, l}, []string{l, x})
		if i+1 < g {
			t = append(t, []string{x, genCode('A', i+1)})
		}
	}
	r.Shuffle(len(t), func(i, j int) { t[i], t[j] = t[j], t[i] })
	return t
}

// genRandomTrip makes a random walk of m tickets from JFK over a few
// airports, so there are many repeated tickets and many valid journeys.
func genRandomTrip(r *rand.Rand, m, airports int) [][]string {
	codes := []string{"JFK"}
	for len(codes) < airports {
		c := string([]byte{byte('A' + r.IntN(26)), byte('A' + r.IntN(26)), byte('A' + r.IntN(26))})
		dup := false
		for _, x := range codes {
			dup = dup || x == c
		}
		if !dup {
			codes = append(codes, c)
		}
	}
	t := make([][]string, 0, m)
	at := "JFK"
	for len(t) < m {
		next := codes[r.IntN(len(codes))]
		if next != at {
			t = append(t, []string{at, next})
			at = next
		}
	}
	r.Shuffle(len(t), func(i, j int) { t[i], t[j] = t[j], t[i] })
	return t
}

// generate builds 300-ticket trips: 99 side-loop traps (298 tickets),
// random walks over 5 and over 60 airports, and a star of round trips
// from JFK.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(332, 7))
	star := make([][]string, 0, 300)
	for i := 0; i < 150; i++ {
		c := genCode('K', r.IntN(676))
		star = append(star, []string{"JFK", c}, []string{c, "JFK"})
	}
	r.Shuffle(len(star), func(i, j int) { star[i], star[j] = star[j], star[i] })
	return []GenCase{
		{Name: "large-side-loop-traps", Input: map[string]any{"tickets": genTraps(r, 99)}},
		{Name: "large-random-few-airports", Input: map[string]any{"tickets": genRandomTrip(r, 300, 5)}},
		{Name: "large-random-many-airports", Input: map[string]any{"tickets": genRandomTrip(r, 300, 60)}},
		{Name: "large-star", Input: map[string]any{"tickets": star}},
	}
}

// sized builds the side-loop trap chain with about n tickets.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(332, uint64(n)))
	return map[string]any{"tickets": genTraps(r, max(1, (n-1)/3))}
}
