//go:build ignore

package main

// Mutant: the encoder keeps the list in its own Codec value and sends an
// empty string; the decoder returns what its own value holds. Encoder and
// decoder are two separate values (two machines), so nothing arrives.
type Codec struct {
	saved []string
}

func (codec *Codec) Encode(strs []string) string {
	codec.saved = strs
	return ""
}

func (codec *Codec) Decode(strs string) []string {
	return codec.saved
}
