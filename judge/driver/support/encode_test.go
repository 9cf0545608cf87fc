package support

import (
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// sameAsMarshal checks that enc writes v byte for byte as json.Marshal
// does, and fails where it fails.
func sameAsMarshal[T any](t *testing.T, enc func(T) (Raw, error), v T) {
	t.Helper()
	want, wantErr := json.Marshal(v)
	got, err := enc(v)
	if (err != nil) != (wantErr != nil) {
		t.Errorf("encoding %#v: error %v; json.Marshal's: %v", v, err, wantErr)
		return
	}
	if err != nil {
		if !strings.HasPrefix(err.Error(), "the answer cannot be written as JSON: ") {
			t.Errorf("encoding %#v: error %q does not say the answer cannot be written", v, err)
		}
		return
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("encoding %#v (-json.Marshal +support):\n%s", v, diff)
	}
}

// anyEncoder is appendAny as an encoder.
func anyEncoder(v any) (Raw, error) { return answer(appendAny(nil, v)) }

func TestEncoding(t *testing.T) {
	one, two := 1, 2
	for _, f := range []float64{0, math.Copysign(0, -1), 1, -1.5, 1e20, 1e21, 1e-6, 1e-7, 123456789.125, math.MaxFloat64,
		math.SmallestNonzeroFloat64, 1.0 / 3, math.NaN(), math.Inf(1), math.Inf(-1)} {
		sameAsMarshal(t, EncFloat64, f)
		sameAsMarshal(t, anyEncoder, any(float32(f)))
	}
	for _, s := range []string{"", "abc", "a\"b\\c", "<a href='x'>&</a>", "tab\tnl\nbs\bff\fcr\r\x00\x1f\x7f",
		"héllo", "\u2028\u2029", "\xff\xfe", "a\xc3", "😀", "\ufffd", "\xed\xa0\x80"} {
		sameAsMarshal(t, EncString, s)
	}
	for _, n := range []int{0, -1, math.MaxInt, math.MinInt} {
		sameAsMarshal(t, EncInt, n)
		sameAsMarshal(t, EncInt64, int64(n))
	}
	sameAsMarshal(t, EncBool, true)
	sameAsMarshal(t, EncInts, nil)
	sameAsMarshal(t, EncInts, []int{})
	sameAsMarshal(t, EncInts, []int{1, -2, 3})
	sameAsMarshal(t, EncIntGrid, [][]int{{1}, nil, {}})
	sameAsMarshal(t, EncStrings, []string{"a", "<b>"})
	sameAsMarshal(t, EncStringGrid, [][]string{{"x"}, nil})
	sameAsMarshal(t, EncBools, []bool{true, false})
	sameAsMarshal(t, EncFloat64s, []float64{0.5, 1e30})
	sameAsMarshal(t, EncFloat64s, []float64{0.5, math.NaN()})
	sameAsMarshal(t, EncIntOrNulls, []*int{&one, nil, &two})
	sameAsMarshal(t, EncIntOrNull, nil)
	sameAsMarshal(t, EncIntOrNull, &two)
	sameAsMarshal(t, anyEncoder, any(map[string]any{
		"root": []any{3, 9, nil, int64(7), "x"}, "a": [][]any{{"put", 1}, nil}, "n": uint8(7),
		"grid": [][]string{{"1"}}, "m": map[string]any{"z": nil, "b": true}, "f": []float64{2.5},
		// Deeper shapes generators write (detect-squares: points per call).
		"ops": [][][]int{{{1, 2}}, nil, {}}, "flags": [][]bool{{true}, nil}, "xs": [][]float64{{0.25}},
	}))
}

func TestEncodedBytesAreStrings(t *testing.T) {
	// LeetCode writes a char as a one-character string; a byte past ASCII
	// is the rune of that number, as string(rune(b)) makes it.
	for _, tc := range []struct {
		in   []byte
		want string
	}{
		{nil, `null`},
		{[]byte("ab"), `["a","b"]`},
		{[]byte{0xe9}, `["é"]`},
	} {
		got, err := EncBytes(tc.in)
		if err != nil || string(got) != tc.want {
			t.Errorf("EncBytes(%q) = %s, %v; want %s", tc.in, got, err, tc.want)
		}
	}
	if got, _ := EncByte('"'); string(got) != `"\""` {
		t.Errorf(`EncByte('"') = %s`, got)
	}
}

func TestUnsupportedGeneratorValue(t *testing.T) {
	type point struct{ x, y int }
	_, err := appendAny(nil, map[string]any{"p": point{1, 2}})
	if err == nil || !strings.Contains(err.Error(), "support.point") {
		t.Errorf("encoding a struct: error %v, want one naming its type support.point", err)
	}
}

func FuzzEncoding(f *testing.F) {
	f.Add("abc", int64(7), 1.5)
	f.Add("<\u2028>\xff\x01", int64(-1), 1e-7)
	f.Add("", int64(math.MinInt64), math.Inf(1))
	f.Fuzz(func(t *testing.T, s string, n int64, x float64) {
		sameAsMarshal(t, EncString, s)
		sameAsMarshal(t, EncInt64, n)
		sameAsMarshal(t, EncFloat64, x)
		sameAsMarshal(t, anyEncoder, any(float32(x)))
		sameAsMarshal(t, EncStrings, strings.Split(s, "a"))
		sameAsMarshal(t, anyEncoder, any(map[string]any{s: []any{n, x, s, nil}}))
	})
}
