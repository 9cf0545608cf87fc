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

// generate builds factors of the maximum 200 digits: random ones, all nines
// (the most carrying), a power of ten times a random number, and a 200-digit
// number times a one-digit one.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(43, 2))
	nines := strings.Repeat("9", 200)
	return []GenCase{
		{Name: "large-random", Input: map[string]any{"num1": genNumber(r, 200), "num2": genNumber(r, 200)}},
		{Name: "large-all-nines", Input: map[string]any{"num1": nines, "num2": nines}},
		{Name: "large-power-of-ten", Input: map[string]any{"num1": "1" + strings.Repeat("0", 199), "num2": genNumber(r, 200)}},
		{Name: "large-times-digit", Input: map[string]any{"num1": genNumber(r, 200), "num2": "8"}},
		{Name: "large-times-zero", Input: map[string]any{"num1": nines, "num2": "0"}},
	}
}

// sized builds two random n-digit numbers: schoolbook multiplication forms
// all n^2 digit products.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(43, uint64(n)))
	return map[string]any{"num1": genNumber(r, n), "num2": genNumber(r, n)}
}
