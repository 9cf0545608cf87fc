package shape

import (
	"encoding/json"
	"testing"
)

// TestExamples checks every shape's example is a value of it, and that a
// value of another form is not.
func TestExamples(t *testing.T) {
	for _, s := range All() {
		t.Run(s.Key(), func(t *testing.T) {
			if s.Example == "" {
				t.Fatal("no example")
			}
			if err := s.CheckJSON(json.RawMessage(s.Example)); err != nil {
				t.Errorf("its example: %v", err)
			}
			if err := s.CheckJSON(json.RawMessage(`{"a":1}`)); err == nil {
				t.Error("an object passed as a value")
			}
			if s.Dec == "" || s.Enc == "" {
				t.Error("no decoder or encoder")
			}
			if (s.Predefined == "") != (s.Decl == "") {
				t.Errorf("predefined %q with declaration %q", s.Predefined, s.Decl)
			}
			if s.Copy && (s.Nodes == "" || s.EncAvoiding == "") {
				t.Error("a Copy shape needs Nodes and EncAvoiding")
			}
			if (s.NodeOf != "" || s.Member != "") && (s.Nodes == "" || s.NodeOf == "" || s.Member == "") {
				t.Error("NodeOf and Member go together, with Nodes")
			}
		})
	}
}

func TestLookup(t *testing.T) {
	for _, tc := range []struct {
		typ, node, key string
		ok             bool
	}{
		{"[]int", "", "[]int", true},
		{"[]int", "random", "[]int", true},
		{"*Node", "", "*Node(graph)", true},
		{"*Node", "graph", "*Node(graph)", true},
		{"*Node", "random", "*Node(random)", true},
		{"*Node", "nary", "", false},
		{"map[int]int", "", "", false},
	} {
		s, ok := Lookup(tc.typ, tc.node)
		if ok != tc.ok || ok && s.Key() != tc.key {
			t.Errorf("Lookup(%q, %q) = %v, %v; want %s, %v", tc.typ, tc.node, s, ok, tc.key, tc.ok)
		}
	}
}

func TestCheckJSON(t *testing.T) {
	for _, tc := range []struct {
		typ, node, value string
		ok               bool
	}{
		{"int", "", "3", true},
		{"int", "", "3.5", false},
		{"uint32", "", "4294967295", true},
		{"uint32", "", "4294967296", false},
		{"uint32", "", "-1", false},
		{"byte", "", `"ab"`, false},
		{"[][]byte", "", `[["a","bc"]]`, false},
		{"*TreeNode", "", "null", true},
		{"[]int", "", "null", false},
		{"*Node", "random", `[[1,null],[2,0]]`, true},
		{"*Node", "random", `[[1,2]]`, false},
		{"*Node", "random", `[[1]]`, false},
		{"*Node", "random", `[[null,0]]`, false},
	} {
		s, _ := Lookup(tc.typ, tc.node)
		if err := s.CheckJSON(json.RawMessage(tc.value)); (err == nil) != tc.ok {
			t.Errorf("%s %s: %v, want ok %v", s.Key(), tc.value, err, tc.ok)
		}
	}
}

func TestSummary(t *testing.T) {
	for _, tc := range []struct{ typ, node, value, want string }{
		{"[]int", "", "[1,2,3]", "3 ints"},
		{"[][]int", "", "[[1,2],[3,4]]", "2x2"},
		{"[][]int", "", "[[1,2],[3]]", "2 lists, 3 values in all"},
		{"*TreeNode", "", "[1,null,2]", "tree of 2 nodes"},
		{"*Node", "random", "[[1,null],[2,0]]", "list of 2 nodes"},
		{"[]*ListNode", "", "[[1,2],[3]]", "2 lists, 3 nodes in all"},
		{"string", "", `"abc"`, "string of 3 characters"},
	} {
		s, _ := Lookup(tc.typ, tc.node)
		if got := s.Summary(json.RawMessage(tc.value)); got != tc.want {
			t.Errorf("%s %s: %q, want %q", s.Key(), tc.value, got, tc.want)
		}
	}
}
