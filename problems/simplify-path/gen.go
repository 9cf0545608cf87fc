//go:build ignore

package main

import (
	"math/rand/v2"
	"strings"
)

const genChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_."

// genMixed is a path of at most n characters built from random parts:
// names (a quarter of them made only of dots), ".", "..", and empty parts
// from doubled slashes. Names and ".." are equally likely, so the walk
// wanders up and down and often hits the root.
func genMixed(r *rand.Rand, n int) string {
	var b strings.Builder
	for {
		var part string
		switch k := r.IntN(10); {
		case k < 3:
			name := make([]byte, 1+r.IntN(6))
			for i := range name {
				name[i] = genChars[r.IntN(len(genChars))]
			}
			part = string(name)
		case k < 4:
			part = strings.Repeat(".", 3+r.IntN(3))
		case k < 5:
			part = "."
		case k < 9:
			part = ".."
		default:
			part = ""
		}
		if b.Len()+1+len(part) > n {
			break
		}
		b.WriteString("/" + part)
	}
	if b.Len() == 0 {
		return "/"
	}
	return b.String()
}

// generate builds paths of up to 3000 characters: deep nesting climbed back
// out, every part "..", only slashes, one long name, names made of dots, and
// random mixes.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(71, 3000))
	const n = 3000
	deep := strings.Repeat("/d", 750) + strings.Repeat("/..", 500)
	return []GenCase{
		{Name: "large-deep-then-up", Input: map[string]any{"path": deep}},
		{Name: "large-all-up", Input: map[string]any{"path": strings.Repeat("/..", n/3)}},
		{Name: "large-all-slashes", Input: map[string]any{"path": strings.Repeat("/", n)}},
		{Name: "large-one-long-name", Input: map[string]any{"path": "/" + strings.Repeat("x_9", (n-1)/3) + "/"}},
		{Name: "large-dot-names", Input: map[string]any{"path": strings.Repeat("/...", n/8) + strings.Repeat("/.", n/4)}},
		{Name: "large-random-1", Input: map[string]any{"path": genMixed(r, n)}},
		{Name: "large-random-2", Input: map[string]any{"path": genMixed(r, n)}},
	}
}

// sized is a random mix of parts, about n characters long.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(71, uint64(n)))
	return map[string]any{"path": genMixed(r, n)}
}
