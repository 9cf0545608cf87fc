package compare

import (
	"encoding/json"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// LongValue is the length, in bytes of JSON, past which a report cannot
// show a value whole: a wrong answer that long is located by its first
// difference rather than diffed, as a diff of it would be cut short.
const LongValue = 1500

// Around is how many elements a Difference shows on each side of the
// first difference; a string shows four times as many characters.
const Around = 5

// elemShow bounds one element of a window; a longer element that differs
// is looked into when it is a list or a string.
const elemShow = 100

// Difference is where an answer first differs from the expected one:
// the element of a list (or the character of a string) and a window of
// the values around it, in both.
type Difference struct {
	// Path is the first differing element's index, one for each level of
	// nesting looked into: [53211] in a list, [57, 203] in a list of
	// lists whose element 57 is itself long. The last index may be the
	// length of the shorter value, where one of the two ends.
	Path []int
	// From is the index of the windows' first element, in the innermost
	// list or string.
	From int
	// Want and Got are the windows as JSON: a list of elements, or a
	// string of characters.
	Want, Got string
	// WantAt and GotAt are the differing elements as JSON; "" past the
	// end of the value.
	WantAt, GotAt string
	// WantLen and GotLen are the lengths of the innermost lists (or
	// strings, in characters).
	WantLen, GotLen int
	// Sorted says both lists were sorted first: their order does not
	// matter under the comparison.
	Sorted bool
}

// Index is the first differing element's index in the innermost list or
// string.
func (d *Difference) Index() int { return d.Path[len(d.Path)-1] }

// locate finds where got first differs from want, two lists or two
// strings that differ under opts; deep looks into a differing element
// too long to show. It returns nil for values of any other shape.
func locate(want, got any, opts cmp.Options, deep bool) *Difference {
	d := &Difference{}
	for {
		switch w := want.(type) {
		case []any:
			g, ok := got.([]any)
			if !ok {
				return nil
			}
			i := 0
			for i < len(w) && i < len(g) && cmp.Equal(w[i], g[i], opts) {
				i++
			}
			d.Path = append(d.Path, i)
			if deep && i < len(w) && i < len(g) && lookInto(w[i], g[i]) {
				want, got = w[i], g[i]
				continue
			}
			d.From = max(0, i-Around)
			d.Want, d.WantAt, d.WantLen = listWindow(w, d.From, i)
			d.Got, d.GotAt, d.GotLen = listWindow(g, d.From, i)
			return d
		case string:
			g, ok := got.(string)
			if !ok {
				return nil
			}
			wr, gr := []rune(w), []rune(g)
			i := 0
			for i < len(wr) && i < len(gr) && wr[i] == gr[i] {
				i++
			}
			d.Path = append(d.Path, i)
			d.From = max(0, i-4*Around)
			d.Want, d.WantAt, d.WantLen = textWindow(wr, d.From, i)
			d.Got, d.GotAt, d.GotLen = textWindow(gr, d.From, i)
			return d
		}
		return nil
	}
}

// lookInto reports whether two differing elements are better located
// within than shown whole: lists, or strings, too long for a window.
func lookInto(w, g any) bool {
	_, wl := w.([]any)
	_, gl := g.([]any)
	_, ws := w.(string)
	_, gs := g.(string)
	return (wl && gl || ws && gs) && (len(canonical(w)) > elemShow || len(canonical(g)) > elemShow)
}

// listWindow is l's elements from `from` to Around past at, as a JSON
// list, and its element at, as JSON ("" past its end).
func listWindow(l []any, from, at int) (window, elem string, n int) {
	to := min(len(l), at+Around+1)
	b := []byte{'['}
	for k := from; k < to; k++ {
		if k > from {
			b = append(b, ',')
		}
		b = append(b, clipElem(canonical(l[k]))...)
	}
	b = append(b, ']')
	if at < len(l) {
		elem = clipElem(canonical(l[at]))
	}
	return string(b), elem, len(l)
}

// textWindow is r's characters from `from` to 4*Around past at, as a
// JSON string, and its character at ("" past its end).
func textWindow(r []rune, from, at int) (window, elem string, n int) {
	to := min(len(r), at+4*Around+1)
	if at < len(r) {
		elem = quote(string(r[at]))
	}
	return quote(string(r[min(from, len(r)):to])), elem, len(r)
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// clipElem cuts an element's JSON to elemShow bytes, on a character's
// boundary.
func clipElem(s string) string {
	if len(s) <= elemShow {
		return s
	}
	cut := elemShow
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "..."
}
