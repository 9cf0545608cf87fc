//go:build ignore

package main

import "math/rand/v2"

// generate builds large call sequences: one key written 70000 times and then
// queried 70000 times at early timestamps (scanning the versions from the
// newest costs O(n) per get), and a random mix over many keys at the full
// timestamp range with values of up to 100 characters.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(981, 200000))
	const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
	genWord := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		return string(b)
	}

	type genCalls struct {
		ops  []string
		args [][]any
	}
	newCalls := func() *genCalls {
		return &genCalls{ops: []string{"TimeMap"}, args: [][]any{{}}}
	}
	call := func(c *genCalls, op string, a ...any) {
		c.ops = append(c.ops, op)
		c.args = append(c.args, a)
	}
	done := func(name string, c *genCalls) GenCase {
		return GenCase{Name: name, Input: map[string]any{"operations": c.ops, "arguments": c.args}}
	}

	// One key, 70000 versions at timestamps 1000, 1001, ...; then 70000 gets
	// at timestamps 1..1100, most of them before the very first versions.
	deep := newCalls()
	for i := 0; i < 70000; i++ {
		call(deep, "set", "k", genWord(1), 1000+i)
	}
	for i := 0; i < 70000; i++ {
		call(deep, "get", "k", 1+r.IntN(1100))
	}

	// Many keys, strictly increasing timestamps spread up to 10^7, gets at
	// any time (before, between, after the writes, and at exact stamps).
	keys := make([]string, 50)
	for i := range keys {
		keys[i] = genWord(1 + r.IntN(8))
	}
	keys[0] = genWord(100)
	mix := newCalls()
	ts := 0
	var stamps []int
	for len(mix.ops) < 10000 {
		k := keys[r.IntN(len(keys))]
		if r.IntN(2) == 0 && ts < 10_000_000-1000 {
			ts += 1 + r.IntN(900)
			stamps = append(stamps, ts)
			val := genWord(1 + r.IntN(6))
			if r.IntN(50) == 0 {
				val = genWord(100)
			}
			call(mix, "set", k, val, ts)
		} else if len(stamps) > 0 && r.IntN(4) == 0 {
			call(mix, "get", k, stamps[r.IntN(len(stamps))])
		} else {
			call(mix, "get", k, 1+r.IntN(10_000_000))
		}
	}

	return []GenCase{
		done("large-one-key-early-queries", deep),
		done("large-many-keys-random", mix),
	}
}

// sized builds n calls: the constructor, then sets of one key at growing
// timestamps, then as many gets, nearly all before the first version. Every
// version lives under the same key, so scanning a key's versions costs the
// whole list on every get.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(981, uint64(n)))
	ops := []string{"TimeMap"}
	args := [][]any{{}}
	sets := (n - 1) / 2
	for i := 0; i < sets; i++ {
		ops = append(ops, "set")
		args = append(args, []any{"k", string(rune('a' + r.IntN(26))), 1000 + i})
	}
	for len(ops) < n {
		ops = append(ops, "get")
		args = append(args, []any{"k", 1 + r.IntN(1010)})
	}
	return map[string]any{"operations": ops, "arguments": args}
}
