//go:build ignore

package main

import (
	"math/rand/v2"
	"strconv"
)

// generate builds expressions of the maximum length (5000 numbers, 4999
// operators): a random one, one whose numbers are all pushed before the
// first operator (the deepest stack), and a left-leaning chain. Operators are
// picked so that no value leaves the 32-bit range and nothing divides by zero;
// many quotients are negative and inexact, so rounding matters.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(2024, 17))
	const numbers = 5000
	genNum := func() int { return r.IntN(401) - 200 }
	genOp := func(a, b int) (string, int) { return genApply(r, a, b) }
	// genExpr emits numbers and operators; pushChance decides, while both
	// are possible, how often a number is pushed rather than an operator
	// applied.
	genExpr := func(pushChance func(depth int) bool) []string {
		var tokens []string
		var stack []int
		pushed := 0
		for pushed < numbers || len(stack) > 1 {
			if pushed < numbers && (len(stack) < 2 || pushChance(len(stack))) {
				v := genNum()
				tokens = append(tokens, strconv.Itoa(v))
				stack = append(stack, v)
				pushed++
				continue
			}
			a, b := stack[len(stack)-2], stack[len(stack)-1]
			op, v := genOp(a, b)
			tokens = append(tokens, op)
			stack = append(stack[:len(stack)-2], v)
		}
		return tokens
	}
	random := genExpr(func(int) bool { return r.IntN(2) == 0 })
	deep := genExpr(func(int) bool { return true })
	chain := genExpr(func(depth int) bool { return false })
	return []GenCase{
		{Name: "large-random-expression", Input: map[string]any{"tokens": random}},
		{Name: "large-all-numbers-first", Input: map[string]any{"tokens": deep}},
		{Name: "large-left-chain", Input: map[string]any{"tokens": chain}},
	}
}

// sized builds a valid expression of n numbers and n-1 operators in which,
// while both are possible, a number is pushed or an operator applied with
// equal odds: the stack rises and falls, so the evaluation does every kind of
// step. Values stay in the 32-bit range and nothing divides by zero.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(2024, uint64(n)))
	tokens := make([]string, 0, 2*n-1)
	stack := make([]int, 0, n)
	pushed := 0
	for pushed < n || len(stack) > 1 {
		if pushed < n && (len(stack) < 2 || r.IntN(2) == 0) {
			v := r.IntN(401) - 200
			tokens = append(tokens, strconv.Itoa(v))
			stack = append(stack, v)
			pushed++
			continue
		}
		a, b := stack[len(stack)-2], stack[len(stack)-1]
		op, v := genApply(r, a, b)
		tokens = append(tokens, op)
		stack = append(stack[:len(stack)-2], v)
	}
	return map[string]any{"tokens": tokens}
}

// genApply picks at random an operator that is valid for a op b (no overflow
// of the 32-bit range, no division by zero) and returns it with the result.
func genApply(r *rand.Rand, a, b int) (string, int) {
	for {
		switch r.IntN(4) {
		case 0:
			if v := a + b; v >= -1<<31 && v < 1<<31 {
				return "+", v
			}
		case 1:
			if v := a - b; v >= -1<<31 && v < 1<<31 {
				return "-", v
			}
		case 2:
			if v := a * b; v >= -1<<31 && v < 1<<31 {
				return "*", v
			}
		case 3:
			if b != 0 {
				return "/", a / b
			}
		}
	}
}
