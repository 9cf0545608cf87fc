//go:build ignore

package main

import (
	"regexp"
	"strings"
)

var atoiPrefix = regexp.MustCompile(`^ *([+-]?)([0-9]+)`)

// myAtoi matches the accepted prefix with a regular expression, strips the
// leading zeros, and decides overflow by comparing the digit string with the
// bound's digits (longer, or as long and larger, means past it).
func myAtoi(s string) int {
	m := atoiPrefix.FindStringSubmatch(s)
	if m == nil {
		return 0
	}
	neg := m[1] == "-"
	digits := strings.TrimLeft(m[2], "0")
	bound := "2147483647"
	if neg {
		bound = "2147483648"
	}
	if len(digits) > len(bound) || (len(digits) == len(bound) && digits > bound) {
		digits = bound
	}
	v := 0
	for _, c := range digits {
		v = v*10 + int(c-'0')
	}
	if neg {
		return -v
	}
	return v
}
