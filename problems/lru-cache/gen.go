//go:build ignore

package main

import "math/rand/v2"

// generate builds long call sequences at the largest capacity and key range:
// a random mix where most gets hit old entries deep in the recency order, a
// cyclic scan over capacity+1 keys (every get misses, every put evicts), and a
// capacity-one cache hammered with updates.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(146, 3000))

	genCase := func(name string, capacity int) (GenCase, func(op string, args ...int)) {
		ops := []string{"LRUCache"}
		args := [][]int{{capacity}}
		c := GenCase{Name: name, Input: map[string]any{}}
		add := func(op string, a ...int) {
			ops = append(ops, op)
			args = append(args, a)
			c.Input["operations"], c.Input["arguments"] = ops, args
		}
		c.Input["operations"], c.Input["arguments"] = ops, args
		return c, add
	}

	var out []GenCase

	// Random mix: 3000 slots, keys 0..10^4.
	mix, add := genCase("large-random-mix-max-capacity", 3000)
	for i := 0; i < 70000; i++ {
		if r.IntN(2) == 0 {
			add("put", r.IntN(10001), r.IntN(100001))
		} else {
			add("get", r.IntN(10001))
		}
	}
	out = append(out, mix)

	// Fill to capacity, then read the oldest entries first (each get walks to
	// the far end of a naive list), then overflow them one by one.
	deep, add := genCase("large-fill-read-oldest-then-overflow", 3000)
	for k := 0; k < 3000; k++ {
		add("put", k, k*7%100001)
	}
	for round := 0; round < 8; round++ {
		for k := 0; k < 3000; k += 2 {
			add("get", k)
		}
		for k := 0; k < 1500; k++ {
			key := 3000 + round*1500 + k
			add("put", key%10001, key%100001)
		}
	}
	out = append(out, deep)

	// Cyclic scan over capacity+1 keys: classic LRU worst case, all misses.
	scan, add := genCase("large-cyclic-scan-all-misses", 3000)
	for i := 0; i < 30000; i++ {
		k := i % 3001
		add("get", k)
		add("put", k, i%100001)
	}
	out = append(out, scan)

	// Capacity one.
	one, add := genCase("large-capacity-one", 1)
	for i := 0; i < 20000; i++ {
		k := r.IntN(3)
		if r.IntN(3) == 0 {
			add("get", k)
		} else {
			add("put", k, r.IntN(100001))
		}
	}
	out = append(out, one)
	return out
}

// sized makes n calls (the constructor included) on a cache of capacity n/16
// over the keys 0..n/16, which stay within 10^4 for n up to 2^17. It fills
// the cache, then every call touches the least recently used key or the one
// missing key, in turn: a hit, an update, an insert that evicts, a miss. The
// intended cache does O(1) per call; one that keeps its entries in a list and
// searches it walks the whole list almost every call, about n^2/16 steps.
func sized(n int) map[string]any {
	c := max(n/16, 1)
	ops := []string{"LRUCache"}
	args := [][]int{{c}}
	genAdd := func(op string, a ...int) {
		ops = append(ops, op)
		args = append(args, a)
	}
	// order holds the keys in the cache, least recently used first.
	order := make([]int, 0, n)
	for k := 0; k < c && len(ops) < n; k++ {
		genAdd("put", k, k%100001)
		order = append(order, k)
	}
	free := c
	for i := 0; len(ops) < n; i++ {
		lru := order[0]
		switch i % 4 {
		case 0:
			genAdd("get", lru)
			order = append(order[1:], lru)
		case 1:
			genAdd("put", lru, i%100001)
			order = append(order[1:], lru)
		case 2:
			genAdd("put", free, i%100001)
			order = append(order[1:], free)
			free = lru
		default:
			genAdd("get", free)
		}
	}
	return map[string]any{"operations": ops, "arguments": args}
}
