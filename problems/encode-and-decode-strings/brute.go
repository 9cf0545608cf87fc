//go:build ignore

package main

import (
	"encoding/hex"
	"strings"
)

// Codec hex-encodes every string, so the text holds only 0-9 and a-f, and
// joins them with commas, which hex never contains. An empty string is an
// empty field; the list is never empty, so splitting gives the fields back.
type Codec struct {
}

// Encodes a list of strings to a single string.
func (codec *Codec) Encode(strs []string) string {
	parts := make([]string, len(strs))
	for i, s := range strs {
		parts[i] = hex.EncodeToString([]byte(s))
	}
	return strings.Join(parts, ",")
}

// Decodes a single string to a list of strings.
func (codec *Codec) Decode(strs string) []string {
	var out []string
	for _, p := range strings.Split(strs, ",") {
		b, err := hex.DecodeString(p)
		if err != nil {
			panic(err)
		}
		out = append(out, string(b))
	}
	return out
}
