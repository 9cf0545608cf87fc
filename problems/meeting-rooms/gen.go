//go:build ignore

package main

import "math/rand/v2"

// generate builds diaries of the maximum 10^4 meetings: all of them long and
// overlapping (marking a timeline costs ~10^10 steps), a shuffled chain of
// back-to-back meetings, shuffled disjoint meetings with gaps, and the same
// disjoint meetings with one clash hidden among them.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(252, 7))
	const n = 10000
	genShuffle := func(ms [][]int) [][]int {
		r.Shuffle(len(ms), func(i, j int) { ms[i], ms[j] = ms[j], ms[i] })
		return ms
	}

	long := make([][]int, n)
	for i := range long {
		long[i] = []int{r.IntN(1000), 1_000_000 - r.IntN(1000)}
	}

	chain := make([][]int, n)
	for i := range chain {
		chain[i] = []int{i * 100, (i + 1) * 100}
	}
	genShuffle(chain)

	gaps := make([][]int, n)
	for i := range gaps {
		s := i*100 + r.IntN(40)
		gaps[i] = []int{s, s + 1 + r.IntN(60)}
	}
	genShuffle(gaps)

	hidden := make([][]int, n)
	for i := range hidden {
		s := i * 100
		hidden[i] = []int{s, s + 100}
	}
	hidden[n/2+17][1]++ // runs one unit into the next meeting
	genShuffle(hidden)

	return []GenCase{
		{Name: "large-all-long", Input: map[string]any{"intervals": long}},
		{Name: "large-back-to-back-shuffled", Input: map[string]any{"intervals": chain}},
		{Name: "large-disjoint-with-gaps", Input: map[string]any{"intervals": gaps}},
		{Name: "large-one-hidden-clash", Input: map[string]any{"intervals": hidden}},
	}
}

// sized builds n long meetings on a horizon of 30n time units (at most 10^6
// for n up to 32768): each starts in [0, 10n) and lasts between 10n and 20n
// units. Sorting costs n log n whatever the answer, while marking every time
// unit of every meeting costs about 15n^2 steps.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(252, uint64(n)))
	ms := make([][]int, n)
	for i := range ms {
		s := r.IntN(10 * n)
		ms[i] = []int{s, s + 10*n + r.IntN(10*n)}
	}
	return map[string]any{"intervals": ms}
}
