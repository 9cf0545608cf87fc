//go:build ignore

package main

import "strings"

// Mutant: picks a character "no one types", NUL, as the separator. The
// strings may hold any of the 256 characters, NUL included, so a string
// containing it is split in two.
type Codec struct {
}

func (codec *Codec) Encode(strs []string) string {
	return strings.Join(strs, "\x00")
}

func (codec *Codec) Decode(strs string) []string {
	return strings.Split(strs, "\x00")
}
