//go:build ignore

package main

import "strconv"

// Mutant: length, '#', string, but the decoder takes the length to be the
// single digit before the '#' it expects, so any string of 10 characters
// or more is read with a wrong length.
type Codec struct {
}

func (codec *Codec) Encode(strs []string) string {
	s := ""
	for _, x := range strs {
		s += strconv.Itoa(len(x)) + "#" + x
	}
	return s
}

func (codec *Codec) Decode(strs string) []string {
	out := []string{}
	for i := 0; i+1 < len(strs); {
		n := int(strs[i] - '0')
		start := i + 2
		end := min(start+n, len(strs))
		if start > end {
			start = end
		}
		out = append(out, strs[start:end])
		i = end
	}
	return out
}
