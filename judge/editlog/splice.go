package editlog

import "unicode/utf8"

// splice is one change of a text: del bytes at at replaced by ins.
type splice struct {
	at, del int
	ins     string
}

// diff is the one splice that turns old into new: everything between their
// common prefix and common suffix. An edit between two saves is one region
// in nearly every case, and when it is not the splice is still exact, only
// longer. Its ends fall on rune boundaries, so that a valid UTF-8 text
// gives a valid UTF-8 insertion.
func diff(old, new string) splice {
	p := 0
	for p < len(old) && p < len(new) && old[p] == new[p] {
		p++
	}
	for p > 0 && p < len(new) && !utf8.RuneStart(new[p]) {
		p--
	}
	s := 0
	for s < len(old)-p && s < len(new)-p && old[len(old)-1-s] == new[len(new)-1-s] {
		s++
	}
	for s > 0 && !utf8.RuneStart(new[len(new)-s]) {
		s--
	}
	return splice{at: p, del: len(old) - p - s, ins: new[p : len(new)-s]}
}

// apply makes the change to text; false when it does not fit.
func (sp splice) apply(text string) (string, bool) {
	if sp.at < 0 || sp.del < 0 || sp.at > len(text) || sp.del > len(text)-sp.at {
		return "", false
	}
	return text[:sp.at] + sp.ins + text[sp.at+sp.del:], true
}
