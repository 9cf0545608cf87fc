//go:build ignore

package main

import "math/big"

// addStrings lets math/big parse, add and print the numbers.
func addStrings(num1 string, num2 string) string {
	a, _ := new(big.Int).SetString(num1, 10)
	b, _ := new(big.Int).SetString(num2, 10)
	return a.Add(a, b).String()
}
