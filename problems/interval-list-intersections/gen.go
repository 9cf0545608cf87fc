//go:build ignore

package main

import (
	"math/rand/v2"
	"slices"
)

// genDisjoint is n sorted, disjoint intervals with random ends in
// [0, 10^9]: 2n distinct points paired up in order.
func genDisjoint(r *rand.Rand, n int) [][]int {
	seen := map[int]bool{}
	pts := make([]int, 0, 2*n)
	for len(pts) < 2*n {
		p := r.IntN(1_000_000_001)
		if !seen[p] {
			seen[p] = true
			pts = append(pts, p)
		}
	}
	slices.Sort(pts)
	out := make([][]int, n)
	for i := range out {
		out[i] = []int{pts[2*i], pts[2*i+1]}
	}
	return out
}

// genStaggered is two lists of n intervals each, [10i, 10i+6] and
// [10i+5, 10i+12]: every interval overlaps its two neighbours in the other
// list, so there are 2n-1 intersections.
func genStaggered(n int) ([][]int, [][]int) {
	a, b := make([][]int, n), make([][]int, n)
	for i := range n {
		a[i] = []int{10 * i, 10*i + 6}
		b[i] = []int{10*i + 5, 10*i + 12}
	}
	return a, b
}

// generate builds lists of 1000 intervals: staggered overlaps, single-point
// touches only, one interval covering a whole list, identical lists, random
// lists, and an empty list against a full one.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(986, 1000))
	const n = 1000
	sa, sb := genStaggered(n)
	ta, tb := make([][]int, n), make([][]int, n)
	for i := range n {
		ta[i] = []int{3 * i, 3*i + 1}
		tb[i] = []int{3*i + 1, 3*i + 3}
	}
	rnd := genDisjoint(r, n)
	return []GenCase{
		{Name: "large-staggered", Input: map[string]any{"firstList": sa, "secondList": sb}},
		{Name: "large-touching-points", Input: map[string]any{"firstList": ta, "secondList": tb}},
		{Name: "large-one-covers-all", Input: map[string]any{"firstList": [][]int{{0, 1_000_000_000}}, "secondList": rnd}},
		{Name: "large-identical", Input: map[string]any{"firstList": rnd, "secondList": rnd}},
		{Name: "large-random", Input: map[string]any{"firstList": genDisjoint(r, n), "secondList": genDisjoint(r, n)}},
		{Name: "large-empty-second", Input: map[string]any{"firstList": rnd, "secondList": [][]int{}}},
	}
}

// sized is two interleaved lists of n intervals each, [10i, 10i+6] and
// [10i+7, 10i+9], with no intersection at all: the walk still takes 2n-1
// steps, and comparing every pair takes n^2.
func sized(n int) map[string]any {
	a, b := make([][]int, n), make([][]int, n)
	for i := range n {
		a[i] = []int{10 * i, 10*i + 6}
		b[i] = []int{10*i + 7, 10*i + 9}
	}
	return map[string]any{"firstList": a, "secondList": b}
}
