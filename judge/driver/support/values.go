// Package support is the code the judge compiles into every judged program
// beside the user's file: how each Go type of a LeetCode signature is
// decoded from a test's JSON and encoded back. The driver ships these files
// with their package clause changed to main; being a real package here, they
// are tested and fuzzed like any other code. Every name starts with _j and
// every import is renamed, so nothing collides with what a user writes;
// gentree.go alone, shipped only into generator builds, names its
// functions gen like the generators that call them.
package support

import (
	_json "encoding/json"
	_strconv "strconv"
)

// _jBadInput is panicked with when a test's input does not decode: a fault
// of the problem package, not of the solution, which the runtime reports as
// such.
type _jBadInput string

// _jPlain decodes a value whose JSON form is Go's own.
func _jPlain[T any](raw _json.RawMessage) T {
	var v T
	if _jFast(raw, &v) {
		return v
	}
	if err := _json.Unmarshal(raw, &v); err != nil {
		panic(_jBadInput("decoding input: " + err.Error()))
	}
	return v
}

func _jSame[T any](v T) (any, error) { return v, nil }

func _jDecByte(raw _json.RawMessage) byte {
	s := _jPlain[string](raw)
	if len(s) != 1 {
		panic(_jBadInput("decoding input: want a one-character string, got " + _strconv.Quote(s)))
	}
	return s[0]
}

func _jDecBytes(raw _json.RawMessage) []byte {
	return _jBytesOf(_jPlain[[]string](raw))
}

func _jBytesOf(ss []string) []byte {
	if ss == nil {
		return nil
	}
	b := make([]byte, len(ss))
	for i, s := range ss {
		if len(s) != 1 {
			panic(_jBadInput("decoding input: want one-character strings, got " + _strconv.Quote(s)))
		}
		b[i] = s[0]
	}
	return b
}

func _jDecBytesList(raw _json.RawMessage) [][]byte {
	rows := _jPlain[[][]string](raw)
	if rows == nil {
		return nil
	}
	g := make([][]byte, len(rows))
	for i, r := range rows {
		g[i] = _jBytesOf(r)
	}
	return g
}

func _jEncByte(b byte) (any, error) { return string(rune(b)), nil }

func _jEncBytes(b []byte) (any, error) {
	if b == nil {
		return nil, nil
	}
	s := make([]string, len(b))
	for i, c := range b {
		s[i] = string(rune(c))
	}
	return s, nil
}

func _jEncBytesList(g [][]byte) (any, error) {
	if g == nil {
		return nil, nil
	}
	out := make([]any, len(g))
	for i, r := range g {
		out[i], _ = _jEncBytes(r)
	}
	return out, nil
}
