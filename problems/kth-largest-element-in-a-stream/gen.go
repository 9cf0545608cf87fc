//go:build ignore

package main

import "math/rand/v2"

// genStream writes a constructor call with k and nums followed by one add
// per value in adds.
func genStream(k int, nums, adds []int) map[string]any {
	ops := make([]string, 0, len(adds)+1)
	args := make([][]any, 0, len(adds)+1)
	ops = append(ops, "KthLargest")
	args = append(args, []any{k, nums})
	for _, v := range adds {
		ops = append(ops, "add")
		args = append(args, []any{v})
	}
	return map[string]any{"operations": ops, "arguments": args}
}

// generate builds streams at the limits: 10^4 initial numbers and 10^4
// adds. A large k with random values makes any solution that looks at all
// numbers on each add pay about 10^8 steps or more; an increasing stream moves
// the answer on every call; k = 1 from an empty start tracks the running
// maximum; few distinct values stress ties at the k-th place.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(703, 10000))
	const n = 10000
	genRand := func(m int) []int {
		s := make([]int, m)
		for i := range s {
			s[i] = r.IntN(20001) - 10000
		}
		return s
	}

	inc := make([]int, n)
	for i := range inc {
		inc[i] = -10000 + 2*i
	}
	initial := genRand(n)
	for i := range initial {
		initial[i] = -10000 + r.IntN(100)
	}

	dec := make([]int, n)
	for i := range dec {
		dec[i] = 10000 - 2*i
	}
	dec[n-1] = 10000

	few := []int{-10000, 0, 10000}
	fewNums := make([]int, n)
	fewAdds := make([]int, n)
	for i := range fewNums {
		fewNums[i] = few[r.IntN(3)]
		fewAdds[i] = few[r.IntN(3)]
	}

	return []GenCase{
		{Name: "large-k-max-random", Input: genStream(n, genRand(n), genRand(n))},
		{Name: "large-k-half-random", Input: genStream(n/2, genRand(n), genRand(n))},
		{Name: "large-increasing-adds", Input: genStream(n/2, initial, inc)},
		{Name: "large-empty-start-k-one", Input: genStream(1, []int{}, dec)},
		{Name: "large-k-len-plus-one", Input: genStream(n+1, genRand(n), genRand(n))},
		{Name: "large-few-distinct", Input: genStream(n/2, fewNums, fewAdds)},
	}
}

// sized builds n/2 random initial numbers, k = n/4, and n/2 random adds. The
// reference pays O(log k) per add; a solution that re-examines every number
// on each add pays at least O(n) per call, O(n^2) in all.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(703, uint64(n)))
	nums := make([]int, n/2)
	adds := make([]int, n/2)
	for i := range nums {
		nums[i] = r.IntN(20001) - 10000
		adds[i] = r.IntN(20001) - 10000
	}
	return genStream(max(1, n/4), nums, adds)
}
