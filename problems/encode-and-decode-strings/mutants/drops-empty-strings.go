//go:build ignore

package main

import (
	"strconv"
	"strings"
)

// Mutant: a correct length-prefixed format, but the decoder skips entries
// of length 0 ("empty strings carry nothing"), so [""] comes back as []
// and ["a", "", "b"] as ["a", "b"].
type Codec struct {
}

func (codec *Codec) Encode(strs []string) string {
	var sb strings.Builder
	for _, s := range strs {
		sb.WriteString(strconv.Itoa(len(s)) + "#" + s)
	}
	return sb.String()
}

func (codec *Codec) Decode(strs string) []string {
	out := []string{}
	for i := 0; i < len(strs); {
		j := i + strings.IndexByte(strs[i:], '#')
		n, _ := strconv.Atoi(strs[i:j])
		if n > 0 {
			out = append(out, strs[j+1:j+1+n])
		}
		i = j + 1 + n
	}
	return out
}
