// Decoding a test's input: JSON read into the Go types of LeetCode
// signatures exactly as encoding/json reads it — values, null, the capacity
// of every slice — without reflection and without encoding/json, whose
// packages every judged program would otherwise compile and link.

package support

import (
	"strconv"
	"unicode/utf8"
)

// Raw is a JSON value as a test holds it.
type Raw []byte

// BadInput is panicked with when a test's input does not decode: a fault
// of the problem package, not of the solution, which Main reports as such.
type BadInput string

// The decoders of the signature types: each reads one JSON value of the
// type's JSON form, or panics with BadInput.

func DecInt(raw Raw) int {
	if v, ok := plainInt(raw); ok {
		return v
	}
	return decode(raw, "an integer", (*reader).int)
}

func DecInt64(raw Raw) int64 { return decode(raw, "an integer", (*reader).int64) }

// DecUint32 reads a whole number from 0 to 2^32-1.
func DecUint32(raw Raw) uint32 {
	v := DecInt64(raw)
	if v < 0 || v > 1<<32-1 {
		panic(BadInput("decoding input: " + string(raw) + " is not a uint32"))
	}
	return uint32(v)
}
func DecFloat64(raw Raw) float64 { return decode(raw, "a number", (*reader).float) }
func DecBool(raw Raw) bool       { return decode(raw, "true or false", (*reader).bool) }
func DecString(raw Raw) string   { return decode(raw, "a string", (*reader).str) }
func DecIntOrNull(raw Raw) *int  { return decode(raw, "an integer or null", (*reader).intOrNull) }

func DecInts(raw Raw) []int {
	return decode(raw, "a list of integers", listOf((*reader).int))
}

func DecIntGrid(raw Raw) [][]int {
	return decode(raw, "a list of lists of integers", listOf(listOf((*reader).int)))
}

func DecStrings(raw Raw) []string {
	return decode(raw, "a list of strings", listOf((*reader).str))
}

func DecStringGrid(raw Raw) [][]string {
	return decode(raw, "a list of lists of strings", listOf(listOf((*reader).str)))
}

func DecBools(raw Raw) []bool {
	return decode(raw, "a list of true and false", listOf((*reader).bool))
}

func DecFloat64s(raw Raw) []float64 {
	return decode(raw, "a list of numbers", listOf((*reader).float))
}

// DecIntOrNulls reads a list of integers and nulls: a tree's level order.
func DecIntOrNulls(raw Raw) []*int {
	return decode(raw, "a list of integers and nulls", listOf((*reader).intOrNull))
}

// DecArgs reads a design problem's arguments: a list of each operation's
// list of arguments, left raw for the operation's parameter types. The
// lists are the driver's own, never the solution's: they share one array,
// so that a hundred thousand operations are not as many allocations.
func DecArgs(raw Raw) [][]Raw {
	flat := []Raw{} // not nil: an empty list of arguments is not null
	type span struct {
		from, to int
		null     bool
	}
	arg := func(r *reader) (struct{}, bool) {
		v, ok := r.raw()
		flat = append(flat, v)
		return struct{}{}, ok
	}
	spans := decode(raw, "a list of lists of arguments", listOf(func(r *reader) (span, bool) {
		if r.null() {
			return span{null: true}, true
		}
		from := len(flat)
		_, ok := listOf(arg)(r)
		return span{from: from, to: len(flat)}, ok
	}))
	if spans == nil {
		return nil
	}
	args := make([][]Raw, len(spans))
	for i, s := range spans {
		if !s.null {
			args[i] = flat[s.from:s.to:s.to]
		}
	}
	return args
}

func DecByte(raw Raw) byte {
	s := DecString(raw)
	if len(s) != 1 {
		panic(BadInput("decoding input: want a one-character string, got " + strconv.Quote(s)))
	}
	return s[0]
}

func DecBytes(raw Raw) []byte {
	return bytesOf(DecStrings(raw))
}

// Nested is an integer or a list of Nested values: the JSON of the
// nested-list problems' inputs ([1,[4,[6]]]).
type Nested struct {
	Int    int
	List   []Nested
	IsList bool
}

// DecNested reads an integer or a nested list of integers.
func DecNested(raw Raw) Nested {
	return decode(raw, "an integer or a nested list of integers", (*reader).nested)
}

func (r *reader) nested() (Nested, bool) {
	if r.next() == '[' {
		l, ok := listOf((*reader).nested)(r)
		return Nested{List: l, IsList: true}, ok
	}
	v, ok := r.int()
	return Nested{Int: v}, ok
}

func DecByteGrid(raw Raw) [][]byte {
	rows := DecStringGrid(raw)
	if rows == nil {
		return nil
	}
	g := make([][]byte, len(rows))
	for i, r := range rows {
		g[i] = bytesOf(r)
	}
	return g
}

func bytesOf(ss []string) []byte {
	if ss == nil {
		return nil
	}
	b := make([]byte, len(ss))
	for i, s := range ss {
		if len(s) != 1 {
			panic(BadInput("decoding input: want one-character strings, got " + strconv.Quote(s)))
		}
		b[i] = s[0]
	}
	return b
}

// decode reads raw, which must hold one value and nothing more, with read.
func decode[T any](raw Raw, what string, read func(*reader) (T, bool)) T {
	r := &reader{b: raw}
	v, ok := read(r)
	if !ok || !r.end() {
		panic(BadInput("decoding input: want " + what + ", got " + excerpt(raw)))
	}
	return v
}

// excerpt is the start of raw, for messages.
func excerpt(raw Raw) string {
	const most = 80
	if len(raw) == 0 {
		return "nothing"
	}
	if len(raw) > most {
		return string(raw[:most]) + "..."
	}
	return string(raw)
}

// fields reads a JSON object, a test's input, into its fields; a key given
// twice keeps its last value, as encoding/json keeps it.
func fields(raw Raw) (map[string]Raw, bool) {
	r := &reader{b: raw}
	m := map[string]Raw{}
	if r.next() != '{' {
		return nil, false
	}
	r.i++
	if r.next() == '}' {
		r.i++
		return m, r.end()
	}
	for {
		key, plain, ok := r.quoted()
		if !ok || r.next() != ':' {
			return nil, false
		}
		r.i++
		v, ok := r.raw()
		if !ok {
			return nil, false
		}
		if plain {
			m[string(key)] = v
		} else {
			m[unquote(key)] = v
		}
		switch r.next() {
		case ',':
			r.i++
		case '}':
			r.i++
			return m, r.end()
		default:
			return nil, false
		}
	}
}

// reader reads JSON from b, from i on.
type reader struct {
	b     []byte
	i     int
	depth int // of the arrays and objects being read
}

// maxDepth is how deep arrays and objects nest before encoding/json, and
// so the reader, refuses them.
const maxDepth = 10000

func (r *reader) space() {
	for r.i < len(r.b) {
		switch r.b[r.i] {
		case ' ', '\t', '\n', '\r':
			r.i++
		default:
			return
		}
	}
}

// next skips white space and returns the next byte, 0 at the end.
func (r *reader) next() byte {
	r.space()
	if r.i < len(r.b) {
		return r.b[r.i]
	}
	return 0
}

func (r *reader) end() bool { return r.next() == 0 && r.i == len(r.b) }

// word consumes w (null, true, false) if it comes next.
func (r *reader) word(w string) bool {
	r.space()
	j := r.i + len(w)
	if j > len(r.b) || string(r.b[r.i:j]) != w {
		return false
	}
	r.i = j
	return true
}

// null consumes a null, which leaves every type but pointers and slices
// as it was: their zero value here.
func (r *reader) null() bool { return r.word("null") }

// number reads a number as JSON spells it and returns its bytes, and
// whether it has neither fraction nor exponent.
func (r *reader) number() (num []byte, integral, ok bool) {
	r.space()
	b, i := r.b, r.i
	start := i
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && b[i] >= '1' && b[i] <= '9':
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
	default:
		return nil, false, false
	}
	integral = true
	if i < len(b) && b[i] == '.' {
		integral = false
		i++
		if i >= len(b) || b[i] < '0' || b[i] > '9' {
			return nil, false, false
		}
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		integral = false
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if i >= len(b) || b[i] < '0' || b[i] > '9' {
			return nil, false, false
		}
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
	}
	r.i = i
	return b[start:i], integral, true
}

// maxDigits keeps every int read digit by digit within range; longer
// numbers go to strconv.
const maxDigits = strconv.IntSize*3/10 - 1 // 18 digits for 64-bit ints, 8 for 32-bit

// plainInt reads raw when it is an int and nothing else, spelled as JSON
// spells it, without a reader: most arguments of design problems.
func plainInt(raw Raw) (int, bool) {
	digits := raw
	if len(digits) > 0 && digits[0] == '-' {
		digits = digits[1:]
	}
	if len(digits) == 0 || len(digits) > maxDigits || (digits[0] == '0' && len(digits) > 1) {
		return 0, false
	}
	for _, c := range digits {
		if c < '0' || c > '9' {
			return 0, false
		}
	}
	v, _ := parseInt(raw, strconv.IntSize)
	return int(v), true
}

// parseInt is the integer num spells, if it fits in bits.
func parseInt(num []byte, bits int) (int64, bool) {
	digits := num
	neg := digits[0] == '-'
	if neg {
		digits = digits[1:]
	}
	if len(digits) > maxDigits {
		v, err := strconv.ParseInt(string(num), 10, bits)
		return v, err == nil
	}
	var v int64
	for _, c := range digits {
		v = v*10 + int64(c-'0')
	}
	if neg {
		v = -v
	}
	return v, true
}

func (r *reader) int() (int, bool) {
	v, ok := r.integer(strconv.IntSize)
	return int(v), ok
}

func (r *reader) int64() (int64, bool) { return r.integer(64) }

// integer reads an integer that fits in bits, or null.
func (r *reader) integer(bits int) (int64, bool) {
	if r.null() {
		return 0, true
	}
	num, integral, ok := r.number()
	if !ok || !integral {
		return 0, false
	}
	return parseInt(num, bits)
}

func (r *reader) intOrNull() (*int, bool) {
	if r.null() {
		return nil, true
	}
	v, ok := r.int()
	if !ok {
		return nil, false
	}
	return &v, true
}

func (r *reader) float() (float64, bool) {
	if r.null() {
		return 0, true
	}
	num, _, ok := r.number()
	if !ok {
		return 0, false
	}
	v, err := strconv.ParseFloat(string(num), 64)
	return v, err == nil
}

func (r *reader) bool() (bool, bool) {
	switch {
	case r.word("true"):
		return true, true
	case r.word("false"), r.null():
		return false, true
	}
	return false, false
}

func (r *reader) str() (string, bool) {
	if r.null() {
		return "", true
	}
	body, plain, ok := r.quoted()
	if !ok {
		return "", false
	}
	if plain {
		return string(body), true
	}
	return unquote(body), true
}

// quoted reads a string literal and returns what is between its quotes,
// checked: plain is true when those bytes are the string itself (no
// escapes, valid UTF-8).
func (r *reader) quoted() (body []byte, plain, ok bool) {
	r.space()
	b, i := r.b, r.i
	if i >= len(b) || b[i] != '"' {
		return nil, false, false
	}
	i++
	start, ascii, escaped := i, true, false
	for ; i < len(b); i++ {
		switch c := b[i]; {
		case c == '"':
			body = b[start:i]
			r.i = i + 1
			return body, !escaped && (ascii || utf8.Valid(body)), true
		case c < 0x20:
			return nil, false, false
		case c == '\\':
			escaped = true
			i++
			if i >= len(b) {
				return nil, false, false
			}
			switch b[i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			case 'u':
				if i+4 >= len(b) {
					return nil, false, false
				}
				for _, h := range b[i+1 : i+5] {
					if hexValue(h) < 0 {
						return nil, false, false
					}
				}
				i += 4
			default:
				return nil, false, false
			}
		case c >= utf8.RuneSelf:
			ascii = false
		}
	}
	return nil, false, false
}

func hexValue(c byte) rune {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0')
	case 'a' <= c && c <= 'f':
		return rune(c - 'a' + 10)
	case 'A' <= c && c <= 'F':
		return rune(c - 'A' + 10)
	}
	return -1
}

// unquote is the string body spells, body as quoted checked it: escapes
// resolved, and, as encoding/json does, invalid UTF-8 and unpaired
// surrogates replaced by U+FFFD.
func unquote(body []byte) string {
	out := make([]byte, 0, len(body))
	for i := 0; i < len(body); {
		c := body[i]
		switch {
		case c == '\\':
			e := body[i+1]
			i += 2
			switch e {
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'u':
				r := u4(body[i:])
				i += 4
				if isSurrogate(r) {
					if r2, ok := nextU4(body[i:]); ok {
						if pair := decodePair(r, r2); pair != utf8.RuneError {
							out = utf8.AppendRune(out, pair)
							i += 6
							break
						}
					}
					r = utf8.RuneError
				}
				out = utf8.AppendRune(out, r)
			default: // '"', '\\', '/'
				out = append(out, e)
			}
		case c < utf8.RuneSelf:
			out = append(out, c)
			i++
		default:
			r, size := utf8.DecodeRune(body[i:])
			out = utf8.AppendRune(out, r)
			i += size
		}
	}
	return string(out)
}

// u4 is the code unit of the four hex digits starting b.
func u4(b []byte) rune {
	var r rune
	for _, h := range b[:4] {
		r = r*16 + hexValue(h)
	}
	return r
}

// nextU4 is the code unit of a \uXXXX escape starting b, if one does.
func nextU4(b []byte) (rune, bool) {
	if len(b) < 6 || b[0] != '\\' || b[1] != 'u' {
		return 0, false
	}
	return u4(b[2:]), true
}

// The UTF-16 surrogates, as unicode/utf16 has them.
const (
	surr1    = 0xd800
	surr2    = 0xdc00
	surr3    = 0xe000
	surrSelf = 0x10000
)

func isSurrogate(r rune) bool { return surr1 <= r && r < surr3 }

// decodePair is the rune of a surrogate pair, or U+FFFD for anything else.
func decodePair(r1, r2 rune) rune {
	if surr1 <= r1 && r1 < surr2 && surr2 <= r2 && r2 < surr3 {
		return (r1-surr1)<<10 | (r2 - surr2) + surrSelf
	}
	return utf8.RuneError
}

// raw reads any one value and returns its bytes.
func (r *reader) raw() (Raw, bool) {
	r.space()
	start := r.i
	if !r.skip() {
		return nil, false
	}
	return Raw(r.b[start:r.i:r.i]), true
}

// skip reads past one value, checking it is well-formed.
func (r *reader) skip() bool {
	switch r.next() {
	case '"':
		_, _, ok := r.quoted()
		return ok
	case 't':
		return r.word("true")
	case 'f':
		return r.word("false")
	case 'n':
		return r.null()
	case '[':
		_, ok := listOf((*reader).skipped)(r)
		return ok
	case '{':
		return r.skipObject()
	}
	_, _, ok := r.number()
	return ok
}

func (r *reader) skipped() (struct{}, bool) { return struct{}{}, r.skip() }

func (r *reader) skipObject() bool {
	if r.depth++; r.depth > maxDepth {
		return false
	}
	defer func() { r.depth-- }()
	r.i++ // {
	if r.next() == '}' {
		r.i++
		return true
	}
	for {
		if _, _, ok := r.quoted(); !ok || r.next() != ':' {
			return false
		}
		r.i++
		if !r.skip() {
			return false
		}
		switch r.next() {
		case ',':
			r.i++
		case '}':
			r.i++
			return true
		default:
			return false
		}
	}
}

// listOf reads a JSON array of elements, or null (a nil slice), into a
// slice grown one append at a time, as encoding/json grows it.
func listOf[T any](elem func(*reader) (T, bool)) func(*reader) ([]T, bool) {
	return func(r *reader) ([]T, bool) {
		if r.null() {
			return nil, true
		}
		if r.next() != '[' {
			return nil, false
		}
		if r.depth++; r.depth > maxDepth {
			return nil, false
		}
		defer func() { r.depth-- }()
		r.i++
		if r.next() == ']' {
			r.i++
			return make([]T, 0), true
		}
		var out []T
		for {
			v, ok := elem(r)
			if !ok {
				return nil, false
			}
			out = append(out, v)
			switch r.next() {
			case ',':
				r.i++
			case ']':
				r.i++
				return out, true
			default:
				return nil, false
			}
		}
	}
}
