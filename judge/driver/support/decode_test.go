package support

import (
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// sameAsJSON checks that _jFast decodes s into a T exactly as encoding/json
// does — values, nil against empty, capacities — or declines, and that it
// takes the fast path where it must.
func sameAsJSON[T any](t *testing.T, s string, mustBeFast bool) {
	t.Helper()
	var want T
	wantErr := json.Unmarshal([]byte(s), &want)
	var got T
	fast := _jFast([]byte(s), &got)
	if !fast {
		if mustBeFast {
			t.Errorf("_jFast(%q) into %T declined", s, got)
		}
		var zero T
		if !reflect.DeepEqual(got, zero) {
			t.Errorf("_jFast(%q) into %T declined but wrote %v", s, got, got)
		}
		return
	}
	if wantErr != nil {
		t.Errorf("_jFast(%q) into %T = %v; encoding/json rejects it: %v", s, got, got, wantErr)
		return
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("_jFast(%q) into %T (-encoding/json +fast):\n%s", s, got, diff)
	}
	if w, g := shape(reflect.ValueOf(want)), shape(reflect.ValueOf(got)); w != g {
		t.Errorf("_jFast(%q) into %T: slices %s, encoding/json's %s", s, got, g, w)
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

func TestFastDecoding(t *testing.T) {
	fast := []string{
		`[]`, `null`, `[1]`, ` [ 1 , -2 ,3 ] `, `[0,-0,123456789012345678,-123456789012345678]`,
		`[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]`,
	}
	for _, s := range fast {
		sameAsJSON[[]int](t, s, true)
	}
	for _, s := range []string{`[1.0]`, `[1e3]`, `[01]`, `[1,]`, `[1 2]`, `[null]`, `[1234567890123456789012]`, `["1"]`, `[-]`, `[1]x`, `{}`, ``} {
		sameAsJSON[[]int](t, s, false)
	}
	for _, s := range []string{`7`, ` -42 `, `0`} {
		sameAsJSON[int](t, s, true)
	}
	for _, s := range []string{`7.5`, `null`, `"7"`, `1e2`, `-`, `7 7`, `99999999999999999999`} {
		sameAsJSON[int](t, s, false)
	}
	for _, s := range []string{`[[1,2],[],[3]]`, `[]`, `[null,[1]]`, `null`} {
		sameAsJSON[[][]int](t, s, true)
	}
	for _, s := range []string{`"abc"`, `""`, `"héllo"`, "\"a b\x7f\""} {
		sameAsJSON[string](t, s, true)
	}
	for _, s := range []string{`"a\nb"`, `"\u00e9"`, "\"\xff\"", "\"a\x01\"", `"abc`, `null`} {
		sameAsJSON[string](t, s, false)
	}
	for _, s := range []string{`["a","b"]`, `[["1","0"],["0","1"]]`} {
		sameAsJSON[[]string](t, s, strings.Count(s, "[") == 1)
		sameAsJSON[[][]string](t, s, strings.Count(s, "[") > 1)
	}
	for _, s := range []string{`[3,9,20,null,null,15,7]`, `[]`, `[null]`} {
		sameAsJSON[[]*int](t, s, true)
	}
	for _, s := range []string{`[[2],[1,1],[],["a",null,true,false]]`, `[null]`} {
		sameAsJSON[[][]json.RawMessage](t, s, true)
	}
	for _, s := range []string{`[[1.5]]`, `[[[1]]]`, `[[nul]]`, `[[truex]]`} {
		sameAsJSON[[][]json.RawMessage](t, s, false)
	}
}

func FuzzFastDecoding(f *testing.F) {
	for _, s := range []string{`[1,-2,3]`, `[[1],[]]`, `"abc"`, `["a","é"]`, `[null,1]`, `[[1,"x",null]]`, `7`, `[1.5]`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sameAsJSON[int](t, s, false)
		sameAsJSON[string](t, s, false)
		sameAsJSON[[]int](t, s, false)
		sameAsJSON[[][]int](t, s, false)
		sameAsJSON[[]string](t, s, false)
		sameAsJSON[[][]string](t, s, false)
		sameAsJSON[[]*int](t, s, false)
		sameAsJSON[[][]json.RawMessage](t, s, false)
	})
}
