package support

import (
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// decodes runs dec on s and reports its value and whether it accepted s:
// a BadInput panic is a refusal, any other panic a bug.
func decodes[T any](dec func(Raw) T, s string) (v T, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, bad := r.(BadInput); !bad {
				panic(r)
			}
			ok = false
		}
	}()
	return dec(Raw(s)), true
}

// sameAsJSON checks that dec reads s exactly as encoding/json reads it into
// a T: it accepts what encoding/json accepts, and gives the same value,
// down to nil against empty and the capacity of every slice.
func sameAsJSON[T any](t *testing.T, dec func(Raw) T, s string) {
	t.Helper()
	var want T
	wantErr := json.Unmarshal([]byte(s), &want)
	got, ok := decodes(dec, s)
	if ok != (wantErr == nil) {
		t.Errorf("decoding %q into %T: accepted %v; encoding/json's error: %v", s, got, ok, wantErr)
		return
	}
	if !ok {
		return
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("decoding %q into %T (-encoding/json +support):\n%s", s, got, diff)
	}
	if w, g := shape(reflect.ValueOf(want)), shape(reflect.ValueOf(got)); w != g {
		t.Errorf("decoding %q into %T: slices %s, encoding/json's %s", s, got, g, w)
	}
}

// shape spells out a value's slices: nil or not, length and capacity.
func shape(v reflect.Value) string {
	var b strings.Builder
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Slice:
			if v.IsNil() {
				b.WriteString("nil ")
				return
			}
			if v.Type().Elem().Kind() == reflect.Uint8 {
				// Raw JSON stays inside the driver: its capacity is
				// nobody's business.
				return
			}
			b.WriteString("[" + strconv.Itoa(v.Len()) + "/" + strconv.Itoa(v.Cap()))
			for i := range v.Len() {
				walk(v.Index(i))
			}
			b.WriteString("] ")
		case reflect.Pointer:
			if v.IsNil() {
				b.WriteString("nil ")
			}
		}
	}
	walk(v)
	return b.String()
}

// rawArgs is DecArgs with the arguments as encoding/json's RawMessage,
// which compares with encoding/json's own. The lists are the driver's
// own: their capacities, and empty lists against nil, do not matter, and
// come out as encoding/json's.
func rawArgs(raw Raw) [][]json.RawMessage {
	args := DecArgs(raw)
	if args == nil {
		return nil
	}
	var out [][]json.RawMessage
	for _, row := range args {
		var r []json.RawMessage
		if row != nil {
			r = []json.RawMessage{}
		}
		for _, a := range row {
			r = append(r, json.RawMessage(a))
		}
		out = append(out, r)
	}
	if out == nil {
		out = [][]json.RawMessage{}
	}
	return out
}

// sameForEveryType checks s against encoding/json with every decoder.
func sameForEveryType(t *testing.T, s string) {
	t.Helper()
	sameAsJSON(t, DecInt, s)
	sameAsJSON(t, DecInt64, s)
	sameAsJSON(t, DecFloat64, s)
	sameAsJSON(t, DecBool, s)
	sameAsJSON(t, DecString, s)
	sameAsJSON(t, DecIntOrNull, s)
	sameAsJSON(t, DecInts, s)
	sameAsJSON(t, DecIntGrid, s)
	sameAsJSON(t, DecStrings, s)
	sameAsJSON(t, DecStringGrid, s)
	sameAsJSON(t, DecBools, s)
	sameAsJSON(t, DecFloat64s, s)
	sameAsJSON(t, DecIntOrNulls, s)
	sameAsJSON(t, rawArgs, s)
}

// decodingSeeds are JSON values of every shape, well-formed or not.
var decodingSeeds = []string{
	`[]`, `null`, `[1]`, ` [ 1 , -2 ,3 ] `, `[0,-0,123456789012345678,-123456789012345678]`,
	`[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]`, `[null,1]`,
	`[1.0]`, `[1e3]`, `[01]`, `[1,]`, `[1 2]`, `[1234567890123456789012]`, `["1"]`, `[-]`, `[1]x`, `{}`, ``,
	`7`, ` -42 `, `0`, `7.5`, `"7"`, `1e2`, `-`, `7 7`, `99999999999999999999`, `9223372036854775807`,
	`-9223372036854775808`, `9223372036854775808`, `1E+2`, `1.5e-7`, `-0.0`, `1e400`, `.5`, `5.`,
	`[[1,2],[],[3]]`, `[null,[1]]`, `[[1],null]`,
	`"abc"`, `""`, `"héllo"`, "\"a b\x7f\"", `"a\nb"`, `"\u00e9"`, "\"\xff\"", "\"a\x01\"", `"abc`,
	`"\ud83d\ude00"`, `"\ud83d"`, `"\ude00\ud83d"`, `"\ud83dx"`, `"\u12"`, `"\q"`, `"\/\b\f\r\t\"\\"`,
	`["a","b"]`, `[["1","0"],["0","1"]]`, `[3,9,20,null,null,15,7]`, `[true,false,null]`, `true`, `nul`,
	`[[2],[1,1],[],["a",null,true,false]]`, `[[1.5]]`, `[[[1]]]`, `[[nul]]`, `[[truex]]`,
	`[[]]`, `[[],null,[1]]`, `[[{"a":[1,{"b":null}]}],["x\u0041"]]`, `[[{"a" 1}]]`, `[[{"a":1,}]]`, `[[{}]]`,
}

func TestDecoding(t *testing.T) {
	for _, s := range decodingSeeds {
		sameForEveryType(t, s)
	}
}

func FuzzDecoding(f *testing.F) {
	for _, s := range decodingSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sameForEveryType(t, s)
	})
}

func TestBytes(t *testing.T) {
	g := DecByteGrid(Raw(`[["1","0"],["0","1"]]`))
	if g[0][0] != '1' || g[1][0] != '0' {
		t.Fatalf("grid = %q", g)
	}
	out, _ := EncByteGrid(g)
	if string(out) != `[["1","0"],["0","1"]]` {
		t.Errorf("grid round trip = %s", out)
	}
	if b := DecByte(Raw(`"x"`)); b != 'x' {
		t.Errorf("byte = %q", b)
	}
	for _, s := range []string{`["ab"]`, `[""]`} {
		if _, ok := decodes(DecBytes, s); ok {
			t.Errorf("DecBytes(%s) accepted strings that are not one character", s)
		}
	}
}

func TestFields(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want map[string]Raw // nil: refused
	}{
		{`{"nums":[2,7],"target":9}`, map[string]Raw{"nums": Raw(`[2,7]`), "target": Raw(`9`)}},
		{` { "a" : "x" , "a" : 2 } `, map[string]Raw{"a": Raw(`2`)}},
		{`{"\u0061":1}`, map[string]Raw{"a": Raw(`1`)}},
		{`{}`, map[string]Raw{}},
		{`{"a":1,}`, nil},
		{`{"a":1}x`, nil},
		{`{null:1}`, nil},
		{`[1]`, nil},
	} {
		got, ok := fields(Raw(tc.in))
		if ok != (tc.want != nil) {
			t.Errorf("fields(%s) accepted %v", tc.in, ok)
			continue
		}
		if diff := cmp.Diff(tc.want, got); ok && diff != "" {
			t.Errorf("fields(%s) (-want +got):\n%s", tc.in, diff)
		}
	}
}
