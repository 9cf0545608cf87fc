// Package shape is the registry of signature shapes: every type a
// problem's signature may pass or return, with all the judge needs of it in
// one entry — its JSON form and how to check it, how reports sum a big
// value up, the type LeetCode predefines for it, the driver's decoder and
// encoder, and the benchmark floor's conversions. Adding a shape is adding
// an entry here (and its codec functions), not editing the loader, the
// driver, the comparison and the floor each.
//
// A shape is looked up by the Go type a signature writes and, for *Node,
// by which of LeetCode's Node types the problem predefines (problem.json's
// "node"): a graph node, or a list node with a random pointer.
package shape

import (
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
)

// Shape is one signature type.
type Shape struct {
	// Type is the Go type as a signature writes it: "[]int", "*TreeNode".
	Type string
	// Node is which Node a *Node shape is ("graph", "random"); "" for
	// every other shape.
	Node string

	// JSON is the Go type that reads the shape's JSON form: inputs are
	// checked against it. Show is the Go type a diff shows values as
	// ([]int{...}); nil shows them as JSON values.
	JSON, Show reflect.Type
	// Null says null is a value of the shape (an empty tree).
	Null bool
	// Form is the JSON form in words, for messages about bad values.
	Form string
	// Check checks a value further than JSON can (one-character
	// strings); nil when JSON says it all.
	Check func(raw json.RawMessage) error
	// Noun names a list's elements in the plural ("ints"), for reports of
	// big values; Sum, when set, sums a big value up instead ("tree of
	// 9 nodes"), given its JSON list.
	Noun string
	Sum  func(list []json.RawMessage) string

	// Predefined is the type LeetCode declares for the shape ("TreeNode"),
	// with its declaration in Decl and its codecs in the driver's inmain/
	// files Files; empty for the types of Go.
	Predefined string
	Decl       string
	Files      []string
	// Dec and Enc are the generated main's decoder (raw JSON → value) and
	// encoder (value → raw JSON, error).
	Dec, Enc string
	// For shapes of nodes: Nodes collects a value's nodes into a set, and
	// EncAvoiding encodes a value, refusing any node of such a set (a
	// codec's round trip must build new nodes). Copy: a function
	// returning the shape and taking one returns a copy of it, judged
	// with EncAvoiding (clone-graph).
	Nodes, EncAvoiding string
	Copy               bool
	// Within, for shapes a function must make in place of its input (a
	// tree relinked into a list): encodes a value made of the nodes of a
	// set Nodes made, all of them, refusing any other, Within(value, set).
	Within string
	// For trees whose nodes a function receives or returns by identity
	// (lowest common ancestors): NodeOf finds a tree's node by the value
	// in raw JSON, NodeOf(root, raw); Member encodes a returned node by
	// its value, refusing one not in the set Nodes made,
	// Member(node, set).
	NodeOf, Member string

	// Example is a value of the shape in its JSON form, for the docs and
	// the tests that run every shape: a function returning its argument
	// unchanged answers it, unless it is a Copy or EchoFails (the shape
	// reads answers in another form than it writes inputs).
	Example   string
	EchoFails bool

	// Floor is how the benchmark's floor program, which decodes with
	// encoding/json, reads and writes the shape; nil: the floor does not
	// cover it.
	Floor *Floor
}

// Floor is a shape in the benchmark floor's program: the Go type its JSON
// form decodes into and the expressions converting it ("%s" is the
// value), with the predefined type the conversions use.
type Floor struct {
	Type           string
	Decode, Encode string
	Needs          string
}

// Key is the shape's registry key: its type, and for *Node which Node.
func (s *Shape) Key() string {
	if s.Node != "" {
		return s.Type + "(" + s.Node + ")"
	}
	return s.Type
}

// CheckJSON checks that raw is a value of the shape in the tests' JSON
// form.
func (s *Shape) CheckJSON(raw json.RawMessage) error {
	if s.Check != nil {
		return s.Check(raw)
	}
	bad := len(raw) == 0 || string(raw) == "null" && !s.Null
	if !bad {
		bad = json.Unmarshal(raw, reflect.New(s.JSON).Interface()) != nil
	}
	if bad {
		return fmt.Errorf("%s is not a %s", raw, s.Form)
	}
	return nil
}

// Summary sums a big JSON value of the shape up by its size: "100000
// ints", "300x300", "tree of 100000 nodes".
func (s *Shape) Summary(raw json.RawMessage) string {
	var str string
	if json.Unmarshal(raw, &str) == nil {
		return fmt.Sprintf("string of %d characters", len([]rune(str)))
	}
	var list []json.RawMessage
	if json.Unmarshal(raw, &list) != nil {
		return fmt.Sprintf("%d bytes of JSON", len(raw))
	}
	if s.Sum != nil {
		return s.Sum(list)
	}
	var rows [][]json.RawMessage
	if len(list) > 0 && json.Unmarshal(raw, &rows) == nil {
		cells, width := 0, len(rows[0])
		for _, r := range rows {
			cells += len(r)
			if len(r) != width {
				width = -1
			}
		}
		if width >= 0 {
			return fmt.Sprintf("%dx%d", len(rows), width)
		}
		return fmt.Sprintf("%d lists, %d values in all", len(rows), cells)
	}
	return fmt.Sprintf("%d %s", len(list), cmpOr(s.Noun, "values"))
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// Nodes are the Node types a problem may predefine, the default first:
// LeetCode calls all of these Node.
var Nodes = []string{"graph", "random", "parent", "ring", "circular"}

// Lookup finds the shape of Go type t in a problem whose Node is node
// ("" for the default, a graph node).
func Lookup(t, node string) (*Shape, bool) {
	if t == "*Node" {
		if node == "" {
			node = Nodes[0]
		}
		t += "(" + node + ")"
	}
	s, ok := registry[t]
	return s, ok
}

// Types are the Go types signatures may write, sorted.
func Types() []string {
	set := map[string]bool{}
	for _, s := range registry {
		set[s.Type] = true
	}
	out := make([]string, 0, len(set))
	for t := range set {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

// All are the registered shapes, by key.
func All() []*Shape {
	out := make([]*Shape, 0, len(registry))
	for _, s := range registry {
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b *Shape) int { return strings.Compare(a.Key(), b.Key()) })
	return out
}

var registry = func() map[string]*Shape {
	m := map[string]*Shape{}
	for _, s := range shapes {
		if _, dup := m[s.Key()]; dup {
			panic("shape: " + s.Key() + " registered twice")
		}
		m[s.Key()] = s
	}
	return m
}()

// plain is a type of Go whose JSON form is encoding/json's own, decoded
// and encoded by the support package's functions named for it.
func plain[T any](t, codec, form, noun, example string) *Shape {
	return &Shape{
		Example: example,
		Type:    t, JSON: reflect.TypeFor[T](), Show: reflect.TypeFor[T](), Form: form, Noun: noun,
		Dec: "_j.Dec" + codec, Enc: "_j.Enc" + codec,
		Floor: &Floor{Type: t, Decode: "%s", Encode: "%s"},
	}
}

// oneChar checks raw is a JSON list of one-character strings, nested
// depth deep (0: a single string).
func oneChar(depth int) func(raw json.RawMessage) error {
	return func(raw json.RawMessage) error {
		var v any
		if json.Unmarshal(raw, &v) != nil {
			return fmt.Errorf("%s is not JSON", raw)
		}
		var walk func(v any, d int) error
		walk = func(v any, d int) error {
			if d == 0 {
				s, ok := v.(string)
				if !ok || len(s) != 1 {
					return fmt.Errorf("%s: want one-character strings", raw)
				}
				return nil
			}
			l, ok := v.([]any)
			if !ok {
				return fmt.Errorf("%s: want a list of one-character strings", raw)
			}
			for _, e := range l {
				if err := walk(e, d-1); err != nil {
					return err
				}
			}
			return nil
		}
		return walk(v, depth)
	}
}

func nodes(what string) func(list []json.RawMessage) string {
	return func(list []json.RawMessage) string {
		n := 0
		for _, v := range list {
			if string(v) != "null" {
				n++
			}
		}
		return fmt.Sprintf("%s of %d nodes", what, n)
	}
}

const (
	listDecl   = "type ListNode struct {\n\tVal  int\n\tNext *ListNode\n}\n"
	treeDecl   = "type TreeNode struct {\n\tVal   int\n\tLeft  *TreeNode\n\tRight *TreeNode\n}\n"
	graphDecl  = "type Node struct {\n\tVal       int\n\tNeighbors []*Node\n}\n"
	randomDecl = "type Node struct {\n\tVal    int\n\tNext   *Node\n\tRandom *Node\n}\n"
	parentDecl = "type Node struct {\n\tVal    int\n\tLeft   *Node\n\tRight  *Node\n\tParent *Node\n}\n"
	ringDecl   = "type Node struct {\n\tVal   int\n\tLeft  *Node\n\tRight *Node\n}\n"
	circleDecl = "type Node struct {\n\tVal  int\n\tNext *Node\n}\n"
)

// The API types LeetCode's templates declare for the solution to use, as
// the driver's inapi package holds them (a test keeps them equal).
const (
	nestedDecl = `// NestedInteger holds an integer or a list of NestedIntegers, with the
// methods LeetCode's template declares (its fields are the judge's).
type NestedInteger struct {
	_jInt   int
	_jList  []*NestedInteger
	_jIsInt bool
}

func (n NestedInteger) IsInteger() bool { return n._jIsInt }

func (n NestedInteger) GetInteger() int { return n._jInt }

func (n *NestedInteger) SetInteger(value int) { n._jInt, n._jIsInt, n._jList = value, true, nil }

func (n *NestedInteger) Add(elem NestedInteger) {
	n._jIsInt = false
	n._jList = append(n._jList, &elem)
}

func (n NestedInteger) GetList() []*NestedInteger { return n._jList }
`
	iteratorDecl = `// Iterator iterates over a list of integers, as peeking-iterator's
// template declares it.
type Iterator struct {
	_jVals []int
	_jAt   int
}

func (it *Iterator) hasNext() bool { return it._jAt < len(it._jVals) }

func (it *Iterator) next() int {
	v := it._jVals[it._jAt]
	it._jAt++
	return v
}
`
)

var shapes = []*Shape{
	plain[int]("int", "Int", "whole number", "", "42"),
	plain[int64]("int64", "Int64", "whole number", "", "9007199254740993"),
	{
		Example: "4294967293", Type: "uint32", JSON: reflect.TypeFor[uint32](), Show: reflect.TypeFor[uint32](), Form: "whole number from 0 to 4294967295",
		Dec: "_j.DecUint32", Enc: "_j.EncUint32",
		Floor: &Floor{Type: "uint32", Decode: "%s", Encode: "%s"},
	},
	plain[float64]("float64", "Float64", "number", "", "2.5"),
	plain[bool]("bool", "Bool", "true or false", "", "true"),
	plain[string]("string", "String", "string", "", `"a b"`),
	{
		Example: `"x"`, Type: "byte", JSON: reflect.TypeFor[string](), Show: reflect.TypeFor[string](), Form: "one-character string", Check: oneChar(0),
		Dec: "_j.DecByte", Enc: "_j.EncByte",
		Floor: &Floor{Type: "string", Decode: "%s[0]", Encode: "string(rune(%s))"},
	},
	plain[[]int]("[]int", "Ints", "list of whole numbers", "ints", "[3,-1,2]"),
	plain[[][]int]("[][]int", "IntGrid", "list of lists of whole numbers", "", "[[1,2],[3]]"),
	plain[[]string]("[]string", "Strings", "list of strings", "strings", `["a","bc"]`),
	plain[[][]string]("[][]string", "StringGrid", "list of lists of strings", "", `[["a"],["b","c"]]`),
	plain[[]bool]("[]bool", "Bools", "list of true/false values", "bools", "[true,false]"),
	plain[[]float64]("[]float64", "Float64s", "list of numbers", "numbers", "[1.5,2]"),
	{
		Example: `["a","b"]`, Type: "[]byte", JSON: reflect.TypeFor[[]string](), Show: reflect.TypeFor[[]string](), Form: "list of one-character strings", Check: oneChar(1),
		Noun: "characters", Dec: "_j.DecBytes", Enc: "_j.EncBytes",
		Floor: &Floor{Type: "[]string", Decode: "floorBytes(%s)", Encode: "floorStrings(%s)"},
	},
	{
		Example: `[["1","0"],["0","1"]]`, Type: "[][]byte", JSON: reflect.TypeFor[[][]string](), Show: reflect.TypeFor[[][]string](), Form: "list of lists of one-character strings", Check: oneChar(2),
		Dec: "_j.DecByteGrid", Enc: "_j.EncByteGrid",
		Floor: &Floor{Type: "[][]string", Decode: "floorGrid(%s)", Encode: "floorGridStrings(%s)"},
	},
	{
		Example: "[1,2,3]", Type: "*ListNode", JSON: reflect.TypeFor[[]int64](), Show: reflect.TypeFor[[]int](), Form: "list of whole numbers (the list's values in order)",
		Sum:        func(list []json.RawMessage) string { return fmt.Sprintf("list of %d nodes", len(list)) },
		Predefined: "ListNode", Decl: listDecl, Files: []string{"inmain/list.go"},
		Dec: "_jDecList", Enc: "_jEncList",
		Floor: &Floor{Type: "[]int", Decode: "floorList(%s)", Encode: "floorListValues(%s)", Needs: "ListNode"},
	},
	{
		Example: "[[1,4],[2]]", Type: "[]*ListNode", JSON: reflect.TypeFor[[][]int64](), Show: reflect.TypeFor[[][]int](), Form: "list of lists of whole numbers (each list's values)",
		Sum: func(list []json.RawMessage) string {
			n := 0
			for _, l := range list {
				var vs []json.RawMessage
				json.Unmarshal(l, &vs)
				n += len(vs)
			}
			return fmt.Sprintf("%d lists, %d nodes in all", len(list), n)
		},
		Predefined: "ListNode", Decl: listDecl, Files: []string{"inmain/list.go"},
		Dec: "_jDecLists", Enc: "_jEncLists",
		Floor: &Floor{Type: "[][]int", Decode: "floorLists(%s)", Encode: "floorListsValues(%s)", Needs: "ListNode"},
	},
	{
		Example: "[3,9,20,null,null,15,7]", Type: "*TreeNode", JSON: reflect.TypeFor[[]*int64](), Null: true,
		Form: "list of whole numbers and nulls (the tree in level order)", Sum: nodes("tree"),
		Predefined: "TreeNode", Decl: treeDecl, Files: []string{"inmain/tree.go"},
		Dec: "_jDecTree", Enc: "_jEncTree", Nodes: "_jTreeNodes", EncAvoiding: "_jEncTreeAvoiding",
		NodeOf: "_jNodeOf", Member: "_jEncMember",
		Floor: &Floor{Type: "[]*int", Decode: "floorTree(%s)", Encode: "floorLevels(%s)", Needs: "TreeNode"},
	},
	{
		Example: "[[2,4],[1,3],[2,4],[1,3]]", Type: "*Node", Node: "graph", JSON: reflect.TypeFor[[][]int64](), Show: reflect.TypeFor[[][]int](),
		Form:       "list of lists of whole numbers (the graph's adjacency list)",
		Sum:        func(list []json.RawMessage) string { return fmt.Sprintf("graph of %d nodes", len(list)) },
		Predefined: "Node", Decl: graphDecl, Files: []string{"inmain/graph.go"},
		Dec: "_jDecGraph", Enc: "_jEncGraph", Nodes: "_jGraphNodes", EncAvoiding: "_jEncGraphAvoiding", Copy: true,
	},
	{
		Example: "[[7,null],[13,0],[11,4],[10,2],[1,0]]", Type: "*Node", Node: "random", JSON: reflect.TypeFor[[][]*int64](),
		Form: "list of [value, random index or null] pairs (the list in order)",
		Check: func(raw json.RawMessage) error {
			var pairs [][]*int64
			if json.Unmarshal(raw, &pairs) != nil || string(raw) == "null" {
				return fmt.Errorf("%s is not a list of [value, random index or null] pairs", raw)
			}
			for i, p := range pairs {
				if len(p) != 2 || p[0] == nil || p[1] != nil && (*p[1] < 0 || *p[1] >= int64(len(pairs))) {
					return fmt.Errorf("node %d of %s is not [value, index of a node or null]", i, raw)
				}
			}
			return nil
		},
		Sum:        func(list []json.RawMessage) string { return fmt.Sprintf("list of %d nodes", len(list)) },
		Predefined: "Node", Decl: randomDecl, Files: []string{"inrandom/random.go"},
		Dec: "_jDecRandomList", Enc: "_jEncRandomList", Nodes: "_jRandomNodes", EncAvoiding: "_jEncRandomListAvoiding", Copy: true,
	},
	{
		Type: "*Node", Node: "parent", Example: "[3,5,1,6,2,0,8,null,null,7,4]", JSON: reflect.TypeFor[[]*int64](), Null: true,
		Form: "list of whole numbers and nulls (the tree in level order)", Sum: nodes("tree"),
		Predefined: "Node", Decl: parentDecl, Files: []string{"inparent/parent.go"},
		Dec: "_jDecParentTree", Enc: "_jEncParentTree", Nodes: "_jParentNodes", NodeOf: "_jParentNodeOf", Member: "_jEncParentMember",
	},
	{
		// In: a binary search tree in level order; out: the sorted
		// circular doubly linked list it becomes, read along Right.
		Type: "*Node", Node: "ring", Example: "[2,1,3]", EchoFails: true, JSON: reflect.TypeFor[[]*int64](), Null: true,
		Form: "list of whole numbers and nulls (the tree in level order)", Sum: nodes("tree"),
		Predefined: "Node", Decl: ringDecl, Files: []string{"inring/ring.go"},
		Dec: "_jDecRingTree", Enc: "_jEncRing", Nodes: "_jRingNodes", Within: "_jEncRingWithin",
	},
	{
		Type: "*Node", Node: "circular", Example: "[3,4,1]", JSON: reflect.TypeFor[[]int64](),
		Form:       "list of whole numbers (the ring's values from the given node)",
		Sum:        func(list []json.RawMessage) string { return fmt.Sprintf("ring of %d nodes", len(list)) },
		Predefined: "Node", Decl: circleDecl, Files: []string{"incircular/circular.go"},
		Dec: "_jDecCircular", Enc: "_jEncCircular",
	},
	{
		Type: "[]*NestedInteger", Example: "[[1,1],2,[1,[4,[6]]]]", JSON: reflect.TypeFor[[]any](),
		Form: "nested list of whole numbers",
		Check: func(raw json.RawMessage) error {
			var v []any
			if json.Unmarshal(raw, &v) != nil || !nestedInts(v) {
				return fmt.Errorf("%s is not a nested list of whole numbers", raw)
			}
			return nil
		},
		Sum:        func(list []json.RawMessage) string { return fmt.Sprintf("nested list of %d elements", len(list)) },
		Predefined: "NestedInteger", Decl: nestedDecl, Files: []string{"inapi/nested.go"},
		Dec: "_jDecNestedList", Enc: "_jEncNestedList",
	},
	{
		Type: "*Iterator", Example: "[1,2,3]", JSON: reflect.TypeFor[[]int](), Show: reflect.TypeFor[[]int](),
		Form: "list of whole numbers (what the iterator yields)", Noun: "ints",
		Predefined: "Iterator", Decl: iteratorDecl, Files: []string{"inapi/iterator.go"},
		Dec: "_jDecIterator", Enc: "_jEncIterator",
	},
}

// nestedInts reports whether v, decoded from JSON, holds only whole
// numbers and lists of them.
func nestedInts(v []any) bool {
	for _, e := range v {
		switch x := e.(type) {
		case float64:
			if x != float64(int64(x)) {
				return false
			}
		case []any:
			if !nestedInts(x) {
				return false
			}
		default:
			return false
		}
	}
	return true
}
