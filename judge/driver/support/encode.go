// Encoding answers and messages: JSON written byte for byte as
// encoding/json's Marshal writes it, so that an answer equal to the
// expected one is equal as bytes, without reflection and without
// encoding/json.

package support

import (
	"errors"
	"slices"
	"strconv"
	"unicode/utf8"
)

// The encoders of the signature types: each writes a value as its JSON
// form. Only numbers that JSON cannot hold (NaN, infinities) fail.

func EncInt(v int) (Raw, error)               { return answer(appendInt(nil, v)) }
func EncInt64(v int64) (Raw, error)           { return answer(appendInt64(nil, v)) }
func EncUint32(v uint32) (Raw, error)         { return answer(appendInt64(nil, int64(v))) }
func EncFloat64(v float64) (Raw, error)       { return answer(appendFloat64(nil, v)) }
func EncBool(v bool) (Raw, error)             { return answer(appendBool(nil, v)) }
func EncString(v string) (Raw, error)         { return answer(appendStringOK(nil, v)) }
func EncByte(v byte) (Raw, error)             { return answer(appendByte(nil, v)) }
func EncInts(v []int) (Raw, error)            { return answer(appendList(nil, v, appendInt)) }
func EncIntGrid(v [][]int) (Raw, error)       { return answer(appendList(nil, v, listOfInts)) }
func EncStrings(v []string) (Raw, error)      { return answer(appendList(nil, v, appendStringOK)) }
func EncStringGrid(v [][]string) (Raw, error) { return answer(appendList(nil, v, listOfStrings)) }
func EncBools(v []bool) (Raw, error)          { return answer(appendList(nil, v, appendBool)) }
func EncFloat64s(v []float64) (Raw, error)    { return answer(appendList(nil, v, appendFloat64)) }
func EncBytes(v []byte) (Raw, error)          { return answer(appendList(nil, v, appendByte)) }
func EncByteGrid(v [][]byte) (Raw, error)     { return answer(appendList(nil, v, listOfBytes)) }
func EncIntOrNull(v *int) (Raw, error)        { return answer(appendIntOrNull(nil, v)) }

// EncIntOrNulls writes a list of integers and nulls: a tree's level order.
func EncIntOrNulls(v []*int) (Raw, error) { return answer(appendList(nil, v, appendIntOrNull)) }

// EncResults writes a design problem's results, one for each operation:
// null where an operation returns nothing (a nil Raw).
func EncResults(rs []Raw) (Raw, error) {
	return answer(appendList(nil, rs, func(b []byte, r Raw) ([]byte, error) {
		if r == nil {
			return append(b, "null"...), nil
		}
		return append(b, r...), nil
	}))
}

// answer is an encoder's result, its error said as the judge reports it.
func answer(b []byte, err error) (Raw, error) {
	if err != nil {
		return nil, errors.New("the answer cannot be written as JSON: " + err.Error())
	}
	return b, nil
}

func appendInt(b []byte, v int) ([]byte, error) { return strconv.AppendInt(b, int64(v), 10), nil }

func appendInt64(b []byte, v int64) ([]byte, error) { return strconv.AppendInt(b, v, 10), nil }

func appendBool(b []byte, v bool) ([]byte, error) { return strconv.AppendBool(b, v), nil }

func appendStringOK(b []byte, s string) ([]byte, error) { return appendString(b, s), nil }

// appendByte writes a byte as LeetCode's tests do: a one-character string.
func appendByte(b []byte, c byte) ([]byte, error) { return appendString(b, string(rune(c))), nil }

func appendIntOrNull(b []byte, v *int) ([]byte, error) {
	if v == nil {
		return append(b, "null"...), nil
	}
	return appendInt(b, *v)
}

func listOfInts(b []byte, v []int) ([]byte, error)       { return appendList(b, v, appendInt) }
func listOfStrings(b []byte, v []string) ([]byte, error) { return appendList(b, v, appendStringOK) }
func listOfBytes(b []byte, v []byte) ([]byte, error)     { return appendList(b, v, appendByte) }

// appendList writes a slice as a JSON array; nil is null, as
// encoding/json writes it.
func appendList[T any](b []byte, v []T, elem func([]byte, T) ([]byte, error)) ([]byte, error) {
	if v == nil {
		return append(b, "null"...), nil
	}
	b = append(b, '[')
	for i, x := range v {
		if i > 0 {
			b = append(b, ',')
		}
		var err error
		if b, err = elem(b, x); err != nil {
			return nil, err
		}
	}
	return append(b, ']'), nil
}

func appendFloat64(b []byte, f float64) ([]byte, error) { return appendFloat(b, f, 64) }

// appendFloat writes f as encoding/json does: like ES6, in full up to
// 1e21 and down to 1e-6, with an exponent beyond.
func appendFloat(b []byte, f float64, bits int) ([]byte, error) {
	if f != f || f > maxFloat64 || f < -maxFloat64 {
		return nil, errors.New("unsupported value: " + strconv.FormatFloat(f, 'g', -1, bits))
	}
	abs := f
	if abs < 0 {
		abs = -abs
	}
	format := byte('f')
	if abs != 0 {
		if bits == 64 && (abs < 1e-6 || abs >= 1e21) || bits == 32 && (float32(abs) < 1e-6 || float32(abs) >= 1e21) {
			format = 'e'
		}
	}
	b = strconv.AppendFloat(b, f, format, -1, bits)
	if format == 'e' {
		// e-09 becomes e-9.
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b, nil
}

const maxFloat64 = 0x1p1023 * (1 + (1 - 0x1p-52))

const hexDigits = "0123456789abcdef"

// appendString writes s as a JSON string, escaped as encoding/json escapes
// it: quotes, backslashes and control characters; <, > and & for HTML;
// U+2028 and U+2029 for JavaScript; invalid UTF-8 as U+FFFD.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendAny writes the values generators make and messages carry:
// nil, booleans, numbers, strings, pointers to ints, slices and maps of
// them.
func appendAny(b []byte, v any) ([]byte, error) {
	switch v := v.(type) {
	case nil:
		return append(b, "null"...), nil
	case Raw:
		return append(b, v...), nil
	case bool:
		return appendBool(b, v)
	case int:
		return appendInt(b, v)
	case int8:
		return appendInt64(b, int64(v))
	case int16:
		return appendInt64(b, int64(v))
	case int32:
		return appendInt64(b, int64(v))
	case int64:
		return appendInt64(b, v)
	case uint:
		return strconv.AppendUint(b, uint64(v), 10), nil
	case uint8:
		return strconv.AppendUint(b, uint64(v), 10), nil
	case uint16:
		return strconv.AppendUint(b, uint64(v), 10), nil
	case uint32:
		return strconv.AppendUint(b, uint64(v), 10), nil
	case uint64:
		return strconv.AppendUint(b, v, 10), nil
	case float32:
		return appendFloat(b, float64(v), 32)
	case float64:
		return appendFloat(b, v, 64)
	case string:
		return appendString(b, v), nil
	case *int:
		return appendIntOrNull(b, v)
	case []int:
		return appendList(b, v, appendInt)
	case []int64:
		return appendList(b, v, appendInt64)
	case [][]int:
		return appendList(b, v, listOfInts)
	case []string:
		return appendList(b, v, appendStringOK)
	case [][]string:
		return appendList(b, v, listOfStrings)
	case []bool:
		return appendList(b, v, appendBool)
	case []float64:
		return appendList(b, v, appendFloat64)
	case []*int:
		return appendList(b, v, appendIntOrNull)
	case []any:
		return appendList(b, v, appendAny)
	case [][]any:
		return appendList(b, v, func(b []byte, row []any) ([]byte, error) { return appendList(b, row, appendAny) })
	case [][][]int:
		return appendList(b, v, func(b []byte, m [][]int) ([]byte, error) { return appendAny(b, m) })
	case [][]bool:
		return appendList(b, v, func(b []byte, row []bool) ([]byte, error) { return appendAny(b, row) })
	case [][]float64:
		return appendList(b, v, func(b []byte, row []float64) ([]byte, error) { return appendAny(b, row) })
	case map[string]any:
		return appendMap(b, v)
	}
	return nil, errors.New("cannot write a value of type " + typeName(v) + " as JSON (a generator may use ints, strings, bools, float64s, slices of them up to [][][]int, []any and map[string]any)")
}

// appendMap writes m with its keys sorted, as encoding/json does.
func appendMap(b []byte, m map[string]any) ([]byte, error) {
	if m == nil {
		return append(b, "null"...), nil
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b = append(b, '{')
	for i, k := range keys {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(appendString(b, k), ':')
		var err error
		if b, err = appendAny(b, m[k]); err != nil {
			return nil, err
		}
	}
	return append(b, '}'), nil
}

// typeName is the name of v's dynamic type. The runtime names it in the
// message of a failed type assertion; reflect would cost every judged
// program its packages.
func typeName(v any) (name string) {
	defer func() {
		msg, _ := recover().(error)
		if msg == nil {
			return
		}
		// "interface conversion: T is not interface { ... }: missing method ..."
		s := msg.Error()
		const prefix = "interface conversion: "
		if len(s) > len(prefix) && s[:len(prefix)] == prefix {
			s = s[len(prefix):]
		}
		for i := 0; i+8 <= len(s); i++ {
			if s[i:i+8] == " is not " {
				s = s[:i]
				break
			}
		}
		name = s
	}()
	_ = v.(interface{ noSuchMethod() })
	return "unknown"
}

// Changed is the error of a solution that changed an input it had to
// leave as it was (the list a deep copy is made of): what it was, and what
// it is now, as far as it can still be written.
func Changed(what string, was, now Raw) error {
	if now == nil {
		return errors.New("the input " + what + " was changed and cannot even be read back (a cycle, a node out of place): leave the input as it was")
	}
	return errors.New("the input " + what + " was changed: it was " + clipped(was) + ", it is now " + clipped(now) + "; leave the input as it was")
}

func clipped(r Raw) string {
	if len(r) > 200 {
		return string(r[:200]) + "..."
	}
	return string(r)
}
