//go:build ignore

package main

import "math/rand/v2"

// generate builds task lists of the maximum length, 10^4: a single kind with
// the longest cooldown (about 10^6 slots, mostly idle), uniform random kinds,
// a skewed mix with one dominant kind, and all 26 kinds in round-robin order
// (16 of them tied for the most).
func generate() []GenCase {
	r := rand.New(rand.NewPCG(12, 34))
	const size = 10000
	genTasks := func(f func(i int) byte) []string {
		t := make([]string, size)
		for i := range t {
			t[i] = string(rune(f(i)))
		}
		return t
	}
	oneKind := genTasks(func(int) byte { return 'A' })
	random := genTasks(func(int) byte { return byte('A' + r.IntN(26)) })
	skewed := genTasks(func(int) byte {
		if r.IntN(2) == 0 {
			return 'Q'
		}
		return byte('A' + r.IntN(26))
	})
	roundRobin := genTasks(func(i int) byte { return byte('A' + i%26) })
	return []GenCase{
		{Name: "large-one-kind-max-cooldown", Input: map[string]any{"tasks": oneKind, "n": 100}},
		{Name: "large-random-max-cooldown", Input: map[string]any{"tasks": random, "n": 100}},
		{Name: "large-random-no-cooldown", Input: map[string]any{"tasks": random, "n": 0}},
		{Name: "large-one-dominant-kind", Input: map[string]any{"tasks": skewed, "n": 7}},
		{Name: "large-round-robin", Input: map[string]any{"tasks": roundRobin, "n": 30}},
	}
}

// sized builds n tasks, half of them one dominant label and the rest random,
// with the longest cooldown: the answer is about 50·n intervals, which a
// step-by-step simulation walks through one at a time.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(12, uint64(n)))
	tasks := make([]string, n)
	for i := range tasks {
		c := byte('Q')
		if r.IntN(2) == 0 {
			c = byte('A' + r.IntN(26))
		}
		tasks[i] = string(rune(c))
	}
	return map[string]any{"tasks": tasks, "n": 100}
}
