//go:build ignore

package main

// alienOrder compares every pair of words i < j, not only neighbours: the
// first difference says which letter comes first, and a later word that
// is a proper prefix of an earlier one makes any order impossible. It then
// builds the answer by repeatedly taking the smallest unused letter that
// no unused letter must precede, scanning the whole list of facts each
// time; when no letter qualifies but some are left, there is a cycle.
func alienOrder(words []string) string {
	used := map[byte]bool{}
	left := map[byte]bool{}
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			left[w[i]] = true
		}
	}
	type fact struct{ before, after byte }
	var facts []fact
	for i := 0; i < len(words); i++ {
		for j := i + 1; j < len(words); j++ {
			a, b := words[i], words[j]
			k := 0
			for k < len(a) && k < len(b) && a[k] == b[k] {
				k++
			}
			switch {
			case k < len(a) && k < len(b):
				facts = append(facts, fact{a[k], b[k]})
			case len(a) > len(b):
				return ""
			}
		}
	}
	out := ""
	for len(left) > 0 {
		found := false
		for c := byte('a'); c <= 'z'; c++ {
			if !left[c] {
				continue
			}
			free := true
			for _, f := range facts {
				if f.after == c && left[f.before] {
					free = false
					break
				}
			}
			if free {
				out += string(c)
				delete(left, c)
				used[c] = true
				found = true
				break
			}
		}
		if !found {
			return ""
		}
	}
	return out
}
