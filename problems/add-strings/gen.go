//go:build ignore

package main

import (
	"math/rand/v2"
	"strings"
)

// genNumber makes a random n-digit number with no leading zero.
func genNumber(r *rand.Rand, n int) string {
	b := make([]byte, n)
	b[0] = byte('1' + r.IntN(9))
	for i := 1; i < n; i++ {
		b[i] = byte('0' + r.IntN(10))
	}
	return string(b)
}

// generate builds addends at the maximum 10^4 digits: random ones, all
// nines plus one (a carry through every digit, and a new digit), a long
// number plus a one-digit number, two numbers whose digits sum to nine in
// every column (no carry at all), and a maximum-length number plus zero.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(415, 10000))
	const n = 10000
	input := func(a, b string) map[string]any { return map[string]any{"num1": a, "num2": b} }
	nines := strings.Repeat("9", n)
	a := genNumber(r, n)
	comp := make([]byte, n)
	for i := range comp {
		comp[i] = '9' - a[i] + '0'
	}
	comp[0] = '9' - a[0] + '0'
	if comp[0] == '0' {
		comp[0] = '9'
	}
	return []GenCase{
		{Name: "large-random", Input: input(genNumber(r, n), genNumber(r, n))},
		{Name: "large-all-nines-plus-one", Input: input(nines, "1")},
		{Name: "large-one-plus-all-nines", Input: input("1", nines)},
		{Name: "large-all-nines-twice", Input: input(nines, nines)},
		{Name: "large-no-carries", Input: input(a, string(comp))},
		{Name: "large-plus-zero", Input: input(genNumber(r, n), "0")},
		{Name: "large-unequal-lengths", Input: input(genNumber(r, n), genNumber(r, n/2))},
	}
}

// sized adds two random n-digit numbers.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(415, uint64(n)))
	return map[string]any{"num1": genNumber(r, n), "num2": genNumber(r, n)}
}
