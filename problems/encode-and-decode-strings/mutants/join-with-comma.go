//go:build ignore

package main

import "strings"

// Mutant: glues the strings with commas and splits on commas, as if no
// string could contain one: "a,b" comes back as two strings.
// No time-limit mutant: at 200 strings of 200 characters even a quadratic
// decoder finishes far inside any limit.
type Codec struct {
}

func (codec *Codec) Encode(strs []string) string {
	return strings.Join(strs, ",")
}

func (codec *Codec) Decode(strs string) []string {
	return strings.Split(strs, ",")
}
