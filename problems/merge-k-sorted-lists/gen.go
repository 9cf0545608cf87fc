//go:build ignore

package main

import (
	"math/rand/v2"
	"slices"
)

// generate builds inputs with 10^4 nodes in total: the most lists allowed
// (10^4 single nodes, rising, so folding them one by one into the first list
// walks the whole result every time), lists of the maximum length, and many empty lists around a few
// full ones.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(23, 7))
	const total = 10000
	genSorted := func(n int) []int {
		l := make([]int, n)
		for i := range l {
			l[i] = r.IntN(20001) - 10000
		}
		slices.Sort(l)
		return l
	}

	rising := make([][]int, total)
	for i := range rising {
		rising[i] = []int{2*i - 10000}
	}

	singles := make([][]int, total)
	for i := range singles {
		singles[i] = genSorted(1)
	}

	long := make([][]int, total/500)
	for i := range long {
		long[i] = genSorted(500)
	}

	sparse := make([][]int, total)
	for i := range sparse {
		sparse[i] = []int{}
	}
	for i := 0; i < 20; i++ {
		sparse[r.IntN(total)] = genSorted(500)
	}

	flat := make([][]int, 100)
	for i := range flat {
		flat[i] = make([]int, 100)
		for j := range flat[i] {
			flat[i][j] = 7
		}
	}

	return []GenCase{
		{Name: "large-rising-singletons", Input: map[string]any{"lists": rising}},
		{Name: "large-random-singletons", Input: map[string]any{"lists": singles}},
		{Name: "large-longest-lists", Input: map[string]any{"lists": long}},
		{Name: "large-mostly-empty", Input: map[string]any{"lists": sparse}},
		{Name: "large-all-equal", Input: map[string]any{"lists": flat}},
	}
}

// sized builds n nodes in n/4 lists of four random sorted values each: the
// heap holds many heads at once, and folding the lists one by one into the
// result walks an ever longer list, about n^2/8 steps.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(23, uint64(n)))
	lists := make([][]int, max(n/4, 1))
	for i := range lists {
		l := make([]int, 4)
		for j := range l {
			l[j] = r.IntN(20001) - 10000
		}
		slices.Sort(l)
		lists[i] = l
	}
	return map[string]any{"lists": lists}
}
