//go:build ignore

package main

import "fmt"

// check accepts any alphabet that sorts words: every letter of the words
// exactly once, nothing else, and for each pair of neighbouring words the
// letter at their first difference in the right order. When no alphabet
// exists (a cycle, or a word before its own proper prefix), only "" is
// right. The checker decides that itself and also holds it against want,
// the expected answer, so a wrong expected answer is caught too.
func check(words []string, want, got string) string {
	var present [26]bool
	letters := 0
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			if c := w[i] - 'a'; !present[c] {
				present[c] = true
				letters++
			}
		}
	}
	var edge [26][26]bool
	impossible := ""
	for k := 0; k+1 < len(words); k++ {
		a, b := words[k], words[k+1]
		i := 0
		for i < len(a) && i < len(b) && a[i] == b[i] {
			i++
		}
		if i < len(a) && i < len(b) {
			edge[a[i]-'a'][b[i]-'a'] = true
		} else if len(a) > len(b) && impossible == "" {
			impossible = fmt.Sprintf("%q comes before its own prefix %q, which no alphabet allows", a, b)
		}
	}
	if impossible == "" && hasCycle(&edge) {
		impossible = "the letters' required order has a cycle"
	}

	if got == "" {
		switch {
		case impossible == "":
			return "returned \"\", but the letters can be ordered (for example " + fmt.Sprintf("%q", want) + ")"
		case want != "":
			return "the expected answer " + fmt.Sprintf("%q", want) + " claims an order, but " + impossible
		}
		return ""
	}
	if impossible != "" {
		return fmt.Sprintf("returned %q, but no order exists: %s; the answer is \"\"", got, impossible)
	}
	if want == "" {
		return fmt.Sprintf("returned %q where the expected answer is \"\"", got)
	}
	var pos [26]int
	for i := range pos {
		pos[i] = -1
	}
	for i := 0; i < len(got); i++ {
		ch := got[i]
		if ch < 'a' || ch > 'z' || !present[ch-'a'] {
			return fmt.Sprintf("returned %q: %q is not a letter of the words", got, ch)
		}
		if pos[ch-'a'] >= 0 {
			return fmt.Sprintf("returned %q: %q appears twice", got, ch)
		}
		pos[ch-'a'] = i
	}
	if len(got) != letters {
		for c := 0; c < 26; c++ {
			if present[c] && pos[c] < 0 {
				return fmt.Sprintf("returned %q: the letter %q of the words is missing", got, byte('a'+c))
			}
		}
	}
	for x := 0; x < 26; x++ {
		for y := 0; y < 26; y++ {
			if edge[x][y] && pos[x] > pos[y] {
				return fmt.Sprintf("returned %q: %q must come before %q (two neighbouring words first differ there)", got, byte('a'+x), byte('a'+y))
			}
		}
	}
	return ""
}

// hasCycle reports whether the letter graph has a cycle, by depth-first
// search with three colours.
func hasCycle(edge *[26][26]bool) bool {
	var color [26]int // 0 unseen, 1 on the current path, 2 done
	var visit func(x int) bool
	visit = func(x int) bool {
		color[x] = 1
		for y := 0; y < 26; y++ {
			if !edge[x][y] {
				continue
			}
			if color[y] == 1 || color[y] == 0 && visit(y) {
				return true
			}
		}
		color[x] = 2
		return false
	}
	for x := 0; x < 26; x++ {
		if color[x] == 0 && visit(x) {
			return true
		}
	}
	return false
}
