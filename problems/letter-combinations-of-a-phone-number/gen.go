//go:build ignore

package main

// generate builds inputs of the maximum length, 4: the four-letter keys
// only (256 strings), the three-letter keys only (81), a mix, and a single
// key repeated.
func generate() []GenCase {
	return []GenCase{
		{Name: "large-four-letter-keys", Input: map[string]any{"digits": "7979"}},
		{Name: "large-three-letter-keys", Input: map[string]any{"digits": "2468"}},
		{Name: "large-mixed", Input: map[string]any{"digits": "9573"}},
		{Name: "large-repeated-key", Input: map[string]any{"digits": "9999"}},
	}
}

// sized asks for n/2 + 2 digits (at most 10) cycling through 2 to 9: the
// answer grows by a factor of 3 or 4 per digit, so time explodes along the
// ladder; 16 digits would be billions of strings.
func sized(n int) map[string]any {
	k := min(n/2+2, 10)
	b := make([]byte, k)
	for i := range b {
		b[i] = byte('2' + i%8)
	}
	return map[string]any{"digits": string(b)}
}
