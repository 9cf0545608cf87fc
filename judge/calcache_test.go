package judge

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestCalibrationRoundTrip(t *testing.T) {
	c := &Calibration{
		Version: calibrationVersion, Hash: "abc", GoVersion: "go1.26", Made: time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC),
		Tests: []CalTest{
			{Name: "example-1", Sample: true, Input: map[string]json.RawMessage{"nums": json.RawMessage(`[2, 7, 11, 15]`), "target": json.RawMessage(`9`)},
				Expected: json.RawMessage(`[0, 1]`), RefOutput: json.RawMessage(`[0,1]`), RefNS: 120, LimitNS: 200e6},
			{Name: "text", Input: map[string]json.RawMessage{"s": json.RawMessage(`"a \"quoted\" [bracket] {brace} \\ , : x"`)},
				Expected: json.RawMessage(`"]"`), RefOutput: json.RawMessage(`"]"`), RefNS: 1, LimitNS: 2},
			{Name: "large", Generated: true, Input: map[string]json.RawMessage{"grid": json.RawMessage(`[["1","0"],[],[null]]`), "k": json.RawMessage(`-3`)},
				Expected: json.RawMessage(`{"a":[1,{"b":null}]}`), RefOutput: json.RawMessage(`{"a":[1,{"b":null}]}`), RefNS: 3, LimitNS: 4},
			{Name: "empty", Input: map[string]json.RawMessage{}, Expected: json.RawMessage(`[]`), RefOutput: json.RawMessage(`[]`)},
		},
	}
	b, err := encodeCalibration(c)
	if err != nil {
		t.Fatal(err)
	}
	got, err := decodeCalibration(b)
	if err != nil {
		t.Fatal(err)
	}
	// Inputs come back compact, as json.Marshal writes them.
	want := *c
	want.Tests = append([]CalTest(nil), c.Tests...)
	for i := range want.Tests {
		w := &want.Tests[i]
		in := map[string]json.RawMessage{}
		for k, v := range w.Input {
			var buf bytes.Buffer
			if err := json.Compact(&buf, v); err != nil {
				t.Fatal(err)
			}
			in[k] = buf.Bytes()
		}
		w.Input = in
		w.input = nil
	}
	for i := range got.Tests {
		got.Tests[i].input = nil
	}
	if diff := cmp.Diff(&want, got, cmp.AllowUnexported(CalTest{})); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	stdin, err := got.InputsJSON()
	if err != nil {
		t.Fatal(err)
	}
	var back []map[string]json.RawMessage
	if err := json.Unmarshal(stdin, &back); err != nil || len(back) != len(c.Tests) {
		t.Errorf("stdin %s does not decode to %d inputs: %v", stdin, len(c.Tests), err)
	}

	for _, bad := range [][]byte{
		nil,
		[]byte("{}\n"),
		b[:len(b)-1],
		append(append([]byte(nil), b...), ' '),
		bytes.Replace(b, []byte(fmt.Sprintf(`"version":%d`, calibrationVersion)), []byte(`"version":1`), 1),
		bytes.Replace(b, []byte(`[0, 1]`), []byte(`[0, 1}`), 1),
	} {
		if _, err := decodeCalibration(bad); err == nil {
			t.Errorf("decodeCalibration(%.60q...) = nil error", bad)
		}
	}
}

// FuzzArrayElems checks the cache's array splitting against encoding/json
// on every valid array, and that it refuses null.
func FuzzArrayElems(f *testing.F) {
	for _, s := range []string{`[]`, `[1, "a,]", {"k": [1, 2]}, null, -1.5e3]`, ` [ [ ] , { } ] `, `["\\\"", "\u00e9"]`, `[1,]`, `[{]`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want []json.RawMessage
		if json.Unmarshal([]byte(s), &want) != nil {
			return
		}
		got, err := arrayElems([]byte(s))
		if want == nil {
			if err == nil {
				t.Errorf("arrayElems(%q) = %q, want an error: not an array", s, got)
			}
			return
		}
		if err != nil {
			t.Fatalf("arrayElems(%q): %v", s, err)
		}
		if len(got) != len(want) {
			t.Fatalf("arrayElems(%q) = %d elements, want %d", s, len(got), len(want))
		}
		for i := range got {
			if !bytes.Equal(got[i], want[i]) {
				t.Errorf("arrayElems(%q)[%d] = %s, want %s", s, i, got[i], want[i])
			}
		}
	})
}

// FuzzObjectFields checks the cache's object splitting against
// encoding/json on every valid object.
func FuzzObjectFields(f *testing.F) {
	for _, s := range []string{`{}`, `{"a": 1, "b": [1, {"c": "}"}]}`, `{"\u0061": 2}`, `{"a":1,}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want map[string]json.RawMessage
		if json.Unmarshal([]byte(s), &want) != nil || want == nil {
			return
		}
		got, err := objectFields([]byte(s))
		if err != nil {
			t.Fatalf("objectFields(%q): %v", s, err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("objectFields(%q) (-want +got):\n%s", s, diff)
		}
	})
}
