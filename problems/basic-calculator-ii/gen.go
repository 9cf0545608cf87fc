//go:build ignore

package main

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

// generate builds expressions of the maximum length: a long sum followed by a
// long product (rescanning for the next * from the start is quadratic), a
// random mix with large numbers and random spacing, one long product and
// quotient chain, sums of the largest integer, and a short expression lost
// in spaces. Every value along the way stays within 32 bits.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(31, 337))
	const n = 300000
	const genMax = 1<<31 - 1

	// 1+1+...+1+2*1*1*...*1
	var sb strings.Builder
	for sb.Len() < n/2 {
		sb.WriteString("1+")
	}
	sb.WriteString("2")
	for sb.Len() < n-1 {
		sb.WriteString("*1")
	}
	sumThenProduct := sb.String()

	genSpaces := func(b *strings.Builder) {
		b.WriteString(strings.Repeat(" ", r.IntN(3)))
	}
	// Random terms a*b/c... joined by + and -, the running sum kept in range.
	sb.Reset()
	sum := 0
	first := true
	for sb.Len() < n-200 {
		term := r.IntN(genMax)
		var tb strings.Builder
		tb.WriteString(strconv.Itoa(term))
		for k := r.IntN(4); k > 0; k-- {
			if f := r.IntN(50000); term*f <= genMax && r.IntN(2) == 0 {
				genSpaces(&tb)
				tb.WriteString("*")
				genSpaces(&tb)
				tb.WriteString(strconv.Itoa(f))
				term *= f
			} else {
				d := 1 + r.IntN(1000)
				genSpaces(&tb)
				tb.WriteString("/")
				genSpaces(&tb)
				tb.WriteString(strconv.Itoa(d))
				term /= d
			}
		}
		switch {
		case first:
			sum = term
			first = false
		case sum > 0:
			sb.WriteString("-")
			sum -= term
		default:
			sb.WriteString("+")
			sum += term
		}
		genSpaces(&sb)
		sb.WriteString(tb.String())
		genSpaces(&sb)
	}
	mixed := sb.String()

	// One product and quotient chain whose value wanders but never leaves
	// [1, 2^31-1].
	sb.Reset()
	v := 1 + r.IntN(genMax)
	sb.WriteString(strconv.Itoa(v))
	for sb.Len() < n-20 {
		if f := 2 + r.IntN(999); v < 1000 || v*f <= genMax && r.IntN(2) == 0 {
			sb.WriteString("*" + strconv.Itoa(f))
			v *= f
		} else {
			d := 2 + r.IntN(9)
			sb.WriteString("/" + strconv.Itoa(d))
			v /= d
		}
	}
	chain := sb.String()

	// 2147483647-2147483647+2147483647-... ending on a plus.
	sb.Reset()
	sb.WriteString("2147483647")
	for sb.Len() < n-22 {
		sb.WriteString(" - 2147483647 + 2147483647")
	}
	maxSums := sb.String()

	spaced := strings.Repeat(" ", n/2-10) + "6 *  7" + strings.Repeat(" ", n/2-10) + "- 2 "

	return []GenCase{
		{Name: "large-sum-then-product", Input: map[string]any{"s": sumThenProduct}},
		{Name: "large-random-big-numbers", Input: map[string]any{"s": mixed}},
		{Name: "large-product-quotient-chain", Input: map[string]any{"s": chain}},
		{Name: "large-max-values-alternating", Input: map[string]any{"s": maxSums}},
		{Name: "large-mostly-spaces", Input: map[string]any{"s": spaced}},
	}
}

// sized is an expression of length n, as large-sum-then-product: a sum of
// ones then a product of ones, so a quarter of the characters are * and a
// solver that rescans or splices a token list for each of them is
// quadratic. Spaces sit between the sum's terms.
func sized(n int) map[string]any {
	var sb strings.Builder
	for sb.Len() < n/2 {
		sb.WriteString("1 + ")
	}
	sb.WriteString("2")
	for sb.Len() < n-1 {
		sb.WriteString("*1")
	}
	return map[string]any{"s": sb.String()}
}
