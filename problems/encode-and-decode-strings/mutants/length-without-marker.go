//go:build ignore

package main

import "strconv"

// Mutant: writes each length straight before its string with no marker
// after it, so the decoder cannot tell where the length's digits end: it
// reads every leading digit, and a string that starts with a digit
// ("5hello" is written "65hello") gets a wrong length.
type Codec struct {
}

func (codec *Codec) Encode(strs []string) string {
	s := ""
	for _, x := range strs {
		s += strconv.Itoa(len(x)) + x
	}
	return s
}

func (codec *Codec) Decode(strs string) []string {
	out := []string{}
	for i := 0; i < len(strs); {
		j := i
		for j < len(strs) && strs[j] >= '0' && strs[j] <= '9' {
			j++
		}
		n, _ := strconv.Atoi(strs[i:j])
		end := min(j+n, len(strs))
		out = append(out, strs[j:end])
		i = end
	}
	return out
}
