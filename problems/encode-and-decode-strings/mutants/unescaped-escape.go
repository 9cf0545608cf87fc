//go:build ignore

package main

import "strings"

// Mutant: separates with '#' and escapes a '#' inside a string as "/#",
// but never escapes '/' itself. A string ending in '/' then swallows the
// separator after it: ["a/", "b"] is written "a/#b" and read back as the
// single string "a#b".
type Codec struct {
}

func (codec *Codec) Encode(strs []string) string {
	parts := make([]string, len(strs))
	for i, s := range strs {
		parts[i] = strings.ReplaceAll(s, "#", "/#")
	}
	return strings.Join(parts, "#")
}

func (codec *Codec) Decode(strs string) []string {
	out := []string{}
	var cur strings.Builder
	for i := 0; i < len(strs); i++ {
		switch {
		case strs[i] == '/' && i+1 < len(strs) && strs[i+1] == '#':
			cur.WriteByte('#')
			i++
		case strs[i] == '#':
			out = append(out, cur.String())
			cur.Reset()
		default:
			cur.WriteByte(strs[i])
		}
	}
	return append(out, cur.String())
}
