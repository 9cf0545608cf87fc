//go:build ignore

package main

import (
	"strconv"
	"strings"
)

// Codec writes each string as its length in decimal, a '#', and the string
// itself. The decoder never looks for a separator inside a string: it
// reads the digits before the next '#' (a length never contains one),
// then takes exactly that many bytes, whatever they are. Both directions
// are one pass over the text.
type Codec struct {
}

// Encodes a list of strings to a single string.
func (codec *Codec) Encode(strs []string) string {
	var sb strings.Builder
	size := 0
	for _, s := range strs {
		size += len(s) + 4 // a length of up to three digits, and '#'
	}
	sb.Grow(size)
	for _, s := range strs {
		sb.WriteString(strconv.Itoa(len(s)))
		sb.WriteByte('#')
		sb.WriteString(s)
	}
	return sb.String()
}

// Decodes a single string to a list of strings.
func (codec *Codec) Decode(strs string) []string {
	out := make([]string, 0, strings.Count(strs, "#"))
	for i := 0; i < len(strs); {
		j := i
		for strs[j] != '#' {
			j++
		}
		n, _ := strconv.Atoi(strs[i:j])
		out = append(out, strs[j+1:j+1+n])
		i = j + 1 + n
	}
	return out
}

// Your Codec object will be instantiated and called as such:
// var codec Codec
// codec.Decode(codec.Encode(strs));
