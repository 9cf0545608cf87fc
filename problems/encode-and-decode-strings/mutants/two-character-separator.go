//go:build ignore

package main

import "strings"

// Mutant: a two-character separator ":;" looks safe, but a string may
// contain ":;" itself and is then cut at it.
type Codec struct {
}

func (codec *Codec) Encode(strs []string) string {
	return strings.Join(strs, ":;")
}

func (codec *Codec) Decode(strs string) []string {
	return strings.Split(strs, ":;")
}
