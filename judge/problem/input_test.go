package problem

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCheckInput checks an input given in the statement's form (an
// example line, judge run --input) against the signature.
func TestCheckInput(t *testing.T) {
	fn := &Problem{Sig: Signature{Function: &Function{Name: "twoSum", Params: []Param{{Name: "nums", Type: "[]int"}, {Name: "target", Type: "int"}}}}}
	design := &Problem{Sig: Signature{Class: &Class{Name: "LRUCache", Constructor: []Param{{Name: "capacity", Type: "int"}},
		Methods: []Method{{Name: "get", Params: []Param{{Name: "key", Type: "int"}}, Returns: "int"}}}}}
	for _, tc := range []struct {
		name  string
		p     *Problem
		input string
		err   string
	}{
		{"fits", fn, `nums = [1,2], target = 3`, ""},
		{"in another order", fn, `target = 3, nums = [1,2]`, ""},
		{"a field missing", fn, `nums = [1,2]`, "has 1 input(s) (nums); the signature wants 2: nums, target"},
		{"a field too many", fn, `nums = [1,2], target = 3, k = 1`, "has 3 input(s) (k, nums, target); the signature wants 2: nums, target"},
		{"a value of the wrong type", fn, `nums = [1,"2"], target = 3`, `nums: [1,"2"] is not a list of whole numbers`},
		{"a design test", design, `operations = ["LRUCache","get"], arguments = [[2],[1]]`, ""},
		{"a design test with an unknown operation", design, `operations = ["LRUCache","put"], arguments = [[2],[1,1]]`, `operation 1: unknown or misplaced "put"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := map[string]json.RawMessage{}
			if err := ParsePairs(tc.input, in); err != nil {
				t.Fatal(err)
			}
			got := ""
			if err := tc.p.CheckInput(in); err != nil {
				got = err.Error()
			}
			if diff := cmp.Diff(tc.err, got); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
		})
	}
}

// TestFormatInput checks an input is written in the statement's form, in
// the signature's order, and reads back as it was.
func TestFormatInput(t *testing.T) {
	p := &Problem{Sig: Signature{Function: &Function{Name: "f", Params: []Param{{Name: "head", Type: "*ListNode", Cycle: "pos"}, {Name: "s", Type: "string"}}}}}
	in := map[string]json.RawMessage{"s": json.RawMessage(`"a, b = c"`), "pos": json.RawMessage(`1`), "head": json.RawMessage(`[3, 2, 0]`)}
	got := p.FormatInput(in)
	if want := `head = [3,2,0], pos = 1, s = "a, b = c"`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	back := map[string]json.RawMessage{}
	if err := ParsePairs(got, back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(map[string]string{"head": "[3,2,0]", "pos": "1", "s": `"a, b = c"`}, map[string]string{"head": string(back["head"]), "pos": string(back["pos"]), "s": string(back["s"])}); diff != "" {
		t.Errorf("read back (-want +got):\n%s", diff)
	}
}
