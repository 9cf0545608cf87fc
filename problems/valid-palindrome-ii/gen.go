//go:build ignore

package main

import (
	"math/rand/v2"
	"strings"
)

// generate builds strings of the maximum length. The first one is one
// deletion short of fixable with its defect at the centre, so trying every
// deletion costs n checks of about n/2 steps each. Others hide the needed
// deletion anywhere, or need the side a one-sided greedy choice skips.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(41, 43))
	const n = 100000
	genRandom := func(m int) []byte {
		b := make([]byte, m)
		for i := range b {
			b[i] = byte('a' + r.IntN(26))
		}
		return b
	}
	genReverse := func(b []byte) []byte {
		out := make([]byte, len(b))
		for i, c := range b {
			out[len(b)-1-i] = c
		}
		return out
	}
	genJoin := func(parts ...[]byte) string {
		var sb strings.Builder
		for _, p := range parts {
			sb.Write(p)
		}
		return sb.String()
	}

	half := genRandom(n/2 - 1)
	// A palindrome of length n-1 with one extra letter inserted at a random
	// position: true.
	pal := genJoin(half, []byte{'m'}, genReverse(half))
	at := r.IntN(len(pal) + 1)
	inserted := pal[:at] + "q" + pal[at:]

	// The same palindrome with two letters changed on the same side: false.
	twice := []byte(pal)
	for _, k := range []int{n / 8, n / 3} {
		twice[k] = byte('a' + (int(twice[k]-'a')+1+k%25)%26)
	}

	// The greedy trap "abbab" at the centre of a long palindrome: true only
	// by deleting on the right.
	x := genRandom((n - 5) / 2)
	trap := genJoin(x, []byte("abbab"), genReverse(x))
	// Its mirror image needs the deletion on the left.
	mirror := string(genReverse([]byte(trap)))

	return []GenCase{
		{Name: "large-unfixable-at-centre", Input: map[string]any{"s": strings.Repeat("a", n/2) + "bc" + strings.Repeat("a", n/2-2)}},
		{Name: "large-extra-letter-at-random-position", Input: map[string]any{"s": inserted}},
		{Name: "large-two-changes", Input: map[string]any{"s": string(twice)}},
		{Name: "large-greedy-trap-right", Input: map[string]any{"s": trap}},
		{Name: "large-greedy-trap-left", Input: map[string]any{"s": mirror}},
		{Name: "large-one-letter", Input: map[string]any{"s": strings.Repeat("k", n)}},
		{Name: "large-extra-letter-first", Input: map[string]any{"s": "q" + pal}},
	}
}

// sized builds n letters that no single deletion can fix, the defect at the
// centre: the two indices meet at the middle before the mismatch, and
// trying every deletion costs n checks of about n/2 steps each.
func sized(n int) map[string]any {
	return map[string]any{"s": strings.Repeat("a", n/2) + "bc" + strings.Repeat("a", n-n/2-2)}
}
