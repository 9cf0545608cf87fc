//go:build ignore

package main

// partition tries every way to cut s: each of the n-1 gaps between letters is
// cut or not, one bit of a mask per gap. A cutting is kept when every piece
// equals its own reverse.
func partition(s string) [][]string {
	n := len(s)
	var out [][]string
	for mask := 0; mask < 1<<(n-1); mask++ {
		var pieces []string
		start := 0
		ok := true
		for i := 1; i <= n; i++ {
			if i == n || mask>>(i-1)&1 == 1 {
				piece := s[start:i]
				rev := []byte(piece)
				for a, b := 0, len(rev)-1; a < b; a, b = a+1, b-1 {
					rev[a], rev[b] = rev[b], rev[a]
				}
				if string(rev) != piece {
					ok = false
				}
				pieces = append(pieces, piece)
				start = i
			}
		}
		if ok {
			out = append(out, pieces)
		}
	}
	return out
}
