//go:build ignore

package main

import (
	"math/rand/v2"
	"strings"
)

// generate builds strings of the maximum length: deep nesting whose verdict
// is only decided by the last character, a string of openers only, and long
// random balanced strings with and without a defect at either end.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(7, 11))
	const n = 10000
	genOpen := "([{"
	genClose := map[byte]byte{'(': ')', '[': ']', '{': '}'}

	// genNested opens n/2 random brackets, then closes them all.
	genNested := func() []byte {
		b := make([]byte, n)
		for i := 0; i < n/2; i++ {
			b[i] = genOpen[r.IntN(3)]
			b[n-1-i] = genClose[b[i]]
		}
		return b
	}
	// genWalk is a random balanced string: a random walk that never
	// closes below zero and closes everything by the end.
	genWalk := func() []byte {
		b := make([]byte, 0, n)
		var stack []byte
		for len(b) < n {
			left := n - len(b)
			if len(stack) > 0 && (len(stack) == left || r.IntN(2) == 0) {
				b = append(b, genClose[stack[len(stack)-1]])
				stack = stack[:len(stack)-1]
			} else {
				c := genOpen[r.IntN(3)]
				b = append(b, c)
				stack = append(stack, c)
			}
		}
		return b
	}

	deep := genNested()
	deepBad := genNested()
	// The outermost closer is the wrong kind.
	deepBad[n-1] = map[byte]byte{'(': ']', '[': '}', '{': ')'}[deepBad[0]]
	walk := genWalk()
	walkOpenFront := genWalk()
	walkOpenFront[0] = '('
	walkOpenFront[len(walkOpenFront)-1] = '('
	return []GenCase{
		{Name: "large-deep-nesting", Input: map[string]any{"s": string(deep)}},
		{Name: "large-deep-nesting-wrong-outer-closer", Input: map[string]any{"s": string(deepBad)}},
		{Name: "large-openers-only", Input: map[string]any{"s": strings.Repeat("{", n)}},
		{Name: "large-random-balanced", Input: map[string]any{"s": string(walk)}},
		{Name: "large-random-with-broken-ends", Input: map[string]any{"s": string(walkOpenFront)}},
		{Name: "large-flat-pairs", Input: map[string]any{"s": strings.Repeat("()[]{}", n/6) + "()()"}},
	}
}

// sized builds n/2 random openers followed by their closers: the stack grows
// to n/2 and the verdict is only known at the last character.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(7, uint64(n)))
	closer := map[byte]byte{'(': ')', '[': ']', '{': '}'}
	b := make([]byte, n-n%2)
	for i := 0; i < len(b)/2; i++ {
		b[i] = "([{"[r.IntN(3)]
		b[len(b)-1-i] = closer[b[i]]
	}
	return map[string]any{"s": string(b)}
}
