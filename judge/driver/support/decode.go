// Fast decoding of the shapes most tests are made of.

package support

import (
	_json "encoding/json"
	_strconv "strconv"
	_utf8 "unicode/utf8"
)

// _jFast decodes raw into dst without reflection when dst is one of the
// shapes generated tests are made of — ints, strings, lists and grids of
// them, trees' level orders, design problems' argument lists — which
// encoding/json decodes slower than most solutions run. It accepts only
// what it decodes exactly as encoding/json would, down to the capacity of
// every slice (grown one append at a time, as encoding/json grows them),
// and reports false, leaving dst alone, on anything else: floats,
// escapes, values out of range, malformed JSON. encoding/json then decodes
// it, or rejects it with its own message.
func _jFast(raw []byte, dst any) bool {
	d := &_jDec{b: raw}
	switch p := dst.(type) {
	case *int:
		v, ok := d.int()
		if ok && d.end() {
			*p = v
			return true
		}
	case *string:
		v, ok := d.str()
		if ok && d.end() {
			*p = v
			return true
		}
	case *[]int:
		v, ok := _jList(d, (*_jDec).int)
		if ok && d.end() {
			*p = v
			return true
		}
	case *[][]int:
		v, ok := _jList(d, func(d *_jDec) ([]int, bool) { return _jList(d, (*_jDec).int) })
		if ok && d.end() {
			*p = v
			return true
		}
	case *[]string:
		v, ok := _jList(d, (*_jDec).str)
		if ok && d.end() {
			*p = v
			return true
		}
	case *[][]string:
		v, ok := _jList(d, func(d *_jDec) ([]string, bool) { return _jList(d, (*_jDec).str) })
		if ok && d.end() {
			*p = v
			return true
		}
	case *[]*int:
		v, ok := _jList(d, (*_jDec).intOrNull)
		if ok && d.end() {
			*p = v
			return true
		}
	case *[][]_json.RawMessage:
		v, ok := _jList(d, func(d *_jDec) ([]_json.RawMessage, bool) { return _jList(d, (*_jDec).scalar) })
		if ok && d.end() {
			*p = v
			return true
		}
	}
	return false
}

// _jDec reads JSON from b.
type _jDec struct {
	b []byte
	i int
}

func (d *_jDec) space() {
	for d.i < len(d.b) {
		switch d.b[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

// next skips white space and returns the next byte, 0 at the end.
func (d *_jDec) next() byte {
	d.space()
	if d.i < len(d.b) {
		return d.b[d.i]
	}
	return 0
}

func (d *_jDec) end() bool { return d.next() == 0 && d.i == len(d.b) }

// word consumes w (null, true, false) if it comes next, followed by a
// byte that can end a value.
func (d *_jDec) word(w string) bool {
	d.space()
	j := d.i + len(w)
	if j > len(d.b) || string(d.b[d.i:j]) != w || (j < len(d.b) && !_jEndsValue(d.b[j])) {
		return false
	}
	d.i = j
	return true
}

func _jEndsValue(c byte) bool {
	switch c {
	case ',', ']', '}', ' ', '\t', '\n', '\r':
		return true
	}
	return false
}

// _jMaxDigits keeps every int the fast path reads within range.
const _jMaxDigits = _strconv.IntSize*3/10 - 1 // 18 digits for 64-bit ints, 8 for 32-bit

// int reads an integer: JSON's spelling of it, without fraction or
// exponent, at most _jMaxDigits digits.
func (d *_jDec) int() (int, bool) {
	d.space()
	b, i := d.b, d.i
	neg := i < len(b) && b[i] == '-'
	if neg {
		i++
	}
	start := i
	for i < len(b) && b[i] >= '0' && b[i] <= '9' {
		i++
	}
	n := i - start
	if n == 0 || n > _jMaxDigits || (n > 1 && b[start] == '0') || (i < len(b) && !_jEndsValue(b[i])) {
		return 0, false
	}
	v := 0
	for _, c := range b[start:i] {
		v = v*10 + int(c-'0')
	}
	if neg {
		v = -v
	}
	d.i = i
	return v, true
}

func (d *_jDec) intOrNull() (*int, bool) {
	if d.word("null") {
		return nil, true
	}
	v, ok := d.int()
	if !ok {
		return nil, false
	}
	return &v, true
}

// str reads a string without escapes, of valid UTF-8 (encoding/json
// replaces invalid bytes).
func (d *_jDec) str() (string, bool) {
	d.space()
	b, i := d.b, d.i
	if i >= len(b) || b[i] != '"' {
		return "", false
	}
	i++
	start, ascii := i, true
	for ; i < len(b); i++ {
		c := b[i]
		switch {
		case c == '"':
			s := b[start:i]
			if !ascii && !_utf8.Valid(s) {
				return "", false
			}
			d.i = i + 1
			return string(s), true
		case c < 0x20 || c == '\\':
			return "", false
		case c >= 0x80:
			ascii = false
		}
	}
	return "", false
}

// scalar reads an int, a plain string, null, true or false, as raw JSON.
func (d *_jDec) scalar() (_json.RawMessage, bool) {
	d.space()
	start := d.i
	var ok bool
	switch c := d.next(); {
	case c == '"':
		_, ok = d.str()
	case c == 'n':
		ok = d.word("null")
	case c == 't':
		ok = d.word("true")
	case c == 'f':
		ok = d.word("false")
	default:
		_, ok = d.int()
	}
	if !ok {
		return nil, false
	}
	return d.b[start:d.i:d.i], true
}

// _jList reads a JSON array of elements, or null (a nil slice).
func _jList[T any](d *_jDec, elem func(*_jDec) (T, bool)) ([]T, bool) {
	if d.word("null") {
		return nil, true
	}
	if d.next() != '[' {
		return nil, false
	}
	d.i++
	var out []T
	if d.next() == ']' {
		d.i++
		return make([]T, 0), true
	}
	for {
		v, ok := elem(d)
		if !ok {
			return nil, false
		}
		out = append(out, v)
		switch d.next() {
		case ',':
			d.i++
		case ']':
			d.i++
			return out, true
		default:
			return nil, false
		}
	}
}
