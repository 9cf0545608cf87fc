package judge

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

// A cached calibration is three lines: a JSON header (the Calibration
// without inputs and expected outputs, with the sizes of what follows),
// then the tests' inputs as one JSON array — exactly the driver's stdin,
// sent as it is — then their expected outputs as another JSON array.
//
// Generated tests make the arrays megabytes long. Only the header goes
// through encoding/json when the cache is read; the arrays are cut at
// their elements' boundaries by a scan that trusts the judge's own
// writing, several times faster than decoding them, so a submit pays for
// neither its tests' encoding nor their decoding.
type calHeader struct {
	Calibration
	InputBytes    int `json:"input_bytes"`
	ExpectedBytes int `json:"expected_bytes"`
}

// encodeCalibration lays c out as the cache stores it.
func encodeCalibration(c *Calibration) ([]byte, error) {
	inputs, err := c.InputsJSON()
	if err != nil {
		return nil, err
	}
	expected := joinArray(len(c.Tests), func(i int) []byte { return c.Tests[i].Expected })
	h := calHeader{Calibration: *c, InputBytes: len(inputs), ExpectedBytes: len(expected)}
	h.Tests = append([]CalTest(nil), c.Tests...)
	for i := range h.Tests {
		if bytes.Equal(h.Tests[i].RefOutput, h.Tests[i].Expected) {
			h.Tests[i].RefOutput = nil
		}
	}
	head, err := json.Marshal(&h)
	if err != nil {
		return nil, err
	}
	b := make([]byte, 0, len(head)+len(inputs)+len(expected)+3)
	b = append(append(b, head...), '\n')
	b = append(append(b, inputs...), '\n')
	return append(append(b, expected...), '\n'), nil
}

// decodeCalibration reads a cached calibration. Its inputs and outputs are
// slices of b.
func decodeCalibration(b []byte) (*Calibration, error) {
	n := bytes.IndexByte(b, '\n')
	if n < 0 {
		return nil, errors.New("no header")
	}
	var h calHeader
	if err := json.Unmarshal(b[:n], &h); err != nil {
		return nil, err
	}
	if h.Version != calibrationVersion {
		return nil, fmt.Errorf("version %d", h.Version)
	}
	rest := b[n+1:]
	if h.InputBytes < 0 || h.ExpectedBytes < 0 || len(rest) != h.InputBytes+h.ExpectedBytes+2 ||
		rest[h.InputBytes] != '\n' || rest[len(rest)-1] != '\n' {
		return nil, errors.New("sections do not match the header")
	}
	inputs, err := arrayElems(rest[:h.InputBytes])
	if err != nil {
		return nil, fmt.Errorf("inputs: %w", err)
	}
	expected, err := arrayElems(rest[h.InputBytes+1 : len(rest)-1])
	if err != nil {
		return nil, fmt.Errorf("expected outputs: %w", err)
	}
	c := &h.Calibration
	if len(inputs) != len(c.Tests) || len(expected) != len(c.Tests) {
		return nil, errors.New("sections do not match the tests")
	}
	for i := range c.Tests {
		t := &c.Tests[i]
		t.input, t.Expected = inputs[i], expected[i]
		if t.Input, err = objectFields(t.input); err != nil {
			return nil, fmt.Errorf("test %s: %w", t.Name, err)
		}
		if t.RefOutput == nil {
			t.RefOutput = t.Expected
		}
	}
	return c, nil
}

// InputsJSON is the tests' inputs as the driver reads them on stdin: a JSON
// array of input objects.
func (c *Calibration) InputsJSON() ([]byte, error) {
	for i := range c.Tests {
		t := &c.Tests[i]
		if t.input == nil {
			b, err := json.Marshal(t.Input)
			if err != nil {
				return nil, fmt.Errorf("test %s: %w", t.Name, err)
			}
			t.input = b
		}
	}
	return joinArray(len(c.Tests), func(i int) []byte { return c.Tests[i].input }), nil
}

// samples is c with only the statement's examples.
func (c *Calibration) samples() *Calibration {
	s := *c
	s.Tests = nil
	for _, t := range c.Tests {
		if t.Sample {
			s.Tests = append(s.Tests, t)
		}
	}
	return &s
}

// joinArray writes n JSON values as one JSON array.
func joinArray(n int, elem func(i int) []byte) []byte {
	size := 2
	for i := range n {
		size += len(elem(i)) + 1
	}
	b := make([]byte, 0, size)
	b = append(b, '[')
	for i := range n {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, elem(i)...)
	}
	return append(b, ']')
}

// arrayElems cuts a JSON array into its elements.
func arrayElems(b []byte) ([]json.RawMessage, error) {
	i := skipSpace(b, 0)
	if i >= len(b) || b[i] != '[' {
		return nil, errors.New("not an array")
	}
	var out []json.RawMessage
	i = skipSpace(b, i+1)
	if i < len(b) && b[i] == ']' {
		return out, trailing(b, i+1)
	}
	for {
		end := skipValue(b, i)
		if end < 0 {
			return nil, errors.New("malformed element")
		}
		out = append(out, b[i:end:end])
		i = skipSpace(b, end)
		if i >= len(b) {
			return nil, errors.New("unterminated array")
		}
		switch b[i] {
		case ',':
			i = skipSpace(b, i+1)
		case ']':
			return out, trailing(b, i+1)
		default:
			return nil, errors.New("malformed array")
		}
	}
}

// objectFields cuts a JSON object into its fields. Keys with escapes are
// left to encoding/json.
func objectFields(b []byte) (map[string]json.RawMessage, error) {
	i := skipSpace(b, 0)
	if i >= len(b) || b[i] != '{' {
		return nil, errors.New("input is not an object")
	}
	out := map[string]json.RawMessage{}
	i = skipSpace(b, i+1)
	if i < len(b) && b[i] == '}' {
		return out, trailing(b, i+1)
	}
	for {
		end := skipValue(b, i)
		if end < 0 || b[i] != '"' {
			return nil, errors.New("malformed key")
		}
		key := b[i+1 : end-1]
		if !plainKey(key) {
			var m map[string]json.RawMessage
			return m, json.Unmarshal(b, &m)
		}
		i = skipSpace(b, end)
		if i >= len(b) || b[i] != ':' {
			return nil, errors.New("malformed object")
		}
		i = skipSpace(b, i+1)
		if end = skipValue(b, i); end < 0 {
			return nil, errors.New("malformed value")
		}
		out[string(key)] = b[i:end:end]
		i = skipSpace(b, end)
		if i >= len(b) {
			return nil, errors.New("unterminated object")
		}
		switch b[i] {
		case ',':
			i = skipSpace(b, i+1)
		case '}':
			return out, trailing(b, i+1)
		default:
			return nil, errors.New("malformed object")
		}
	}
}

// plainKey reports whether a key means what it spells: no escapes, only
// ASCII (encoding/json replaces invalid UTF-8).
func plainKey(k []byte) bool {
	for _, c := range k {
		if c == '\\' || c >= 0x80 {
			return false
		}
	}
	return true
}

func trailing(b []byte, i int) error {
	if skipSpace(b, i) != len(b) {
		return errors.New("data after the value")
	}
	return nil
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\n' || b[i] == '\t' || b[i] == '\r') {
		i++
	}
	return i
}

// skipValue returns the end of the JSON value that starts at b[i], or -1.
// It checks structure (brackets and strings), not the scalars' spelling.
func skipValue(b []byte, i int) int {
	if i >= len(b) {
		return -1
	}
	switch b[i] {
	case '"':
		return skipString(b, i)
	case '[', '{':
		var stack []byte
		for ; i < len(b); i++ {
			switch c := b[i]; c {
			case '"':
				end := skipString(b, i)
				if end < 0 {
					return -1
				}
				i = end - 1
			case '[', '{':
				stack = append(stack, c+2) // the closing bracket: ']' is '['+2, '}' is '{'+2
			case ']', '}':
				if len(stack) == 0 || stack[len(stack)-1] != c {
					return -1
				}
				stack = stack[:len(stack)-1]
				if len(stack) == 0 {
					return i + 1
				}
			}
		}
		return -1
	}
	j := i
	for j < len(b) {
		c := b[j]
		if c == ',' || c == ']' || c == '}' || c == ':' || c == ' ' || c == '\n' || c == '\t' || c == '\r' ||
			c == '[' || c == '{' || c == '"' {
			break
		}
		j++
	}
	if j == i {
		return -1
	}
	return j
}

// skipString returns the end of the string that starts at b[i], or -1.
func skipString(b []byte, i int) int {
	for j := i + 1; j < len(b); j++ {
		switch b[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return -1
}
