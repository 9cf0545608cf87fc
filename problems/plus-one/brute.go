//go:build ignore

package main

import (
	"math/big"
	"strings"
)

// plusOne turns the digits into an arbitrary-precision integer, adds one,
// and reads the digits of the decimal text back.
func plusOne(digits []int) []int {
	var sb strings.Builder
	for _, d := range digits {
		sb.WriteByte(byte('0' + d))
	}
	v, ok := new(big.Int).SetString(sb.String(), 10)
	if !ok {
		panic("not a number")
	}
	v.Add(v, big.NewInt(1))
	var out []int
	for _, c := range v.String() {
		out = append(out, int(c-'0'))
	}
	return out
}
