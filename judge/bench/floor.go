package bench

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/judgehq/judge/judge/driver"
	"github.com/judgehq/judge/judge/problem"
)

// Floor is what a judged solution is measured against: no sandbox, no
// limits, no comparison, no report, only the Go toolchain and the tests
// themselves. Its build is go build of the same solution with a bare func
// main, and nothing else: no encoding/json, no decoding. Its run is a
// plain program, built beforehand, that decodes the same tests from stdin
// with encoding/json, calls the solution and prints each answer.
type Floor struct {
	// Bare is the program the floor builds, Runner the one it runs: their
	// source files by name. Solution names the file that holds the
	// solution in both.
	Bare, Runner map[string]string
	Solution     string
}

// jsonType is the Go type a value of a shape is read into and written
// from, with the expressions converting between them ("%s" is the value):
// the shape registry's Floor.
type jsonType struct {
	typ    string
	decode string
	encode string
	needs  string // the predefined type the conversions use
}

func typeOf(p *problem.Problem, t string) (jsonType, bool) {
	sh, ok := p.Shape(t)
	if !ok || sh.Floor == nil {
		return jsonType{}, false
	}
	f := sh.Floor
	return jsonType{typ: f.Type, decode: f.Decode, encode: f.Encode, needs: f.Needs}, true
}

// plain reports whether a value of type t is read and written as it is.
func plain(p *problem.Problem, t string) bool {
	jt, ok := typeOf(p, t)
	return ok && jt.typ == t && jt.decode == "%s" && jt.encode == "%s"
}

// NewFloor writes p's floor program around src, the solution in the
// user's form.
func NewFloor(p *problem.Problem, src string) (*Floor, error) {
	unsupported := func(what string) error {
		return fmt.Errorf("%s: the floor program does not support %s", p.Slug, what)
	}
	var b strings.Builder
	needs := map[string]bool{}
	use := func(t string) (jsonType, error) {
		jt, ok := typeOf(p, t)
		if !ok {
			return jt, unsupported("type " + t)
		}
		if jt.needs != "" {
			needs[jt.needs] = true
		}
		return jt, nil
	}
	if p.API != "" {
		return nil, unsupported("a package's api.go")
	}
	b.WriteString("package main\n\nimport (\n\t\"bufio\"\n\t\"encoding/json\"\n\t\"os\"\n)\n\n")
	switch s := p.Sig; {
	case s.Function != nil:
		f := s.Function
		if f.ResultNodeOf != "" {
			return nil, unsupported("result_node_of")
		}
		b.WriteString("type floorTest struct {\n")
		jts := make([]jsonType, len(f.Params))
		for i, q := range f.Params {
			if q.Cycle != "" || q.NodeOf != "" {
				return nil, unsupported("cycle and node_of parameters")
			}
			jt, err := use(q.Type)
			if err != nil {
				return nil, err
			}
			jts[i] = jt
			fmt.Fprintf(&b, "\tP%d %s `json:%q`\n", i, jt.typ, q.InputKey())
		}
		b.WriteString("}\n\n")
		writeMainHead(&b)
		var args []string
		for i, jt := range jts {
			fmt.Fprintf(&b, "\t\ta%d := %s\n", i, fmt.Sprintf(jt.decode, fmt.Sprintf("t.P%d", i)))
			args = append(args, fmt.Sprintf("a%d", i))
		}
		call := fmt.Sprintf("%s(%s)", f.Name, strings.Join(args, ", "))
		if f.Returns != "" {
			jt, err := use(f.Returns)
			if err != nil {
				return nil, err
			}
			fmt.Fprintf(&b, "\t\tr := %s\n\t\tenc.Encode(%s)\n", call, fmt.Sprintf(jt.encode, "r"))
		} else {
			var out int
			for i, q := range f.Params {
				if q.Name == f.Output {
					out = i
				}
			}
			fmt.Fprintf(&b, "\t\t%s\n\t\tenc.Encode(%s)\n", call, fmt.Sprintf(jts[out].encode, fmt.Sprintf("a%d", out)))
		}
		b.WriteString("\t}\n}\n")
	case s.Class != nil:
		c := s.Class
		b.WriteString("type floorTest struct {\n\tOps  []string            `json:\"operations\"`\n\tArgs [][]json.RawMessage `json:\"arguments\"`\n}\n\n")
		writeMainHead(&b)
		fmt.Fprintf(&b, "\t\tvar obj %s\n\t\tout := make([]any, len(t.Ops))\n\t\tfor i, op := range t.Ops {\n\t\t\targs := t.Args[i]\n\t\t\tswitch op {\n", c.Made())
		op := func(name string, params []problem.Param, call, returns string) error {
			fmt.Fprintf(&b, "\t\t\tcase %q:\n", name)
			var args []string
			for i, q := range params {
				if !plain(p, q.Type) {
					return unsupported("design arguments of type " + q.Type)
				}
				fmt.Fprintf(&b, "\t\t\t\tvar p%d %s\n\t\t\t\tjson.Unmarshal(args[%d], &p%d)\n", i, q.Type, i, i)
				args = append(args, fmt.Sprintf("p%d", i))
			}
			call = fmt.Sprintf(call, strings.Join(args, ", "))
			switch {
			case returns == "":
				fmt.Fprintf(&b, "\t\t\t\t%s\n", call)
			case plain(p, returns):
				fmt.Fprintf(&b, "\t\t\t\tout[i] = %s\n", call)
			default:
				return unsupported("design results of type " + returns)
			}
			return nil
		}
		if err := op(c.Name, c.Constructor, "obj = Constructor(%s)", ""); err != nil {
			return nil, err
		}
		for _, m := range c.Methods {
			if err := op(m.Name, m.Params, "obj."+m.GoName()+"(%s)", m.Returns); err != nil {
				return nil, err
			}
		}
		b.WriteString("\t\t\t}\n\t\t}\n\t\tenc.Encode(out)\n\t}\n}\n")
	default:
		return nil, unsupported("codecs")
	}

	prepared, err := driver.Prepare(driver.Source{Name: "solution.go", Code: src}, sortedKeys(needs))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", p.Slug, err)
	}
	f := &Floor{
		Bare:     map[string]string{"main.go": "package main\n\nfunc main() {}\n", "solution.go": prepared.Code},
		Runner:   map[string]string{"main.go": b.String(), "solution.go": prepared.Code},
		Solution: "solution.go",
	}
	helpers, types := helperBase, "package main\n"
	for _, t := range sortedKeys(needs) {
		if !declaresType(src, t) {
			helpers += typeDecls[t]
			types += typeDecls[t]
		}
		helpers += helperFor[t]
	}
	f.Runner["helpers.go"] = helpers
	f.Bare["types.go"] = types
	return f, nil
}

func writeMainHead(b *strings.Builder) {
	b.WriteString(`func main() {
	var tests []floorTest
	if err := json.NewDecoder(bufio.NewReader(os.Stdin)).Decode(&tests); err != nil {
		panic(err)
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	for _, t := range tests {
`)
}

func sortedKeys(m map[string]bool) []string {
	var out []string
	for _, k := range []string{"ListNode", "TreeNode"} {
		if m[k] {
			out = append(out, k)
		}
	}
	return out
}

func declaresType(src, name string) bool {
	return regexp.MustCompile(`(?m)^type\s+` + name + `\b`).MatchString(src)
}

var typeDecls = map[string]string{
	"ListNode": "\ntype ListNode struct {\n\tVal  int\n\tNext *ListNode\n}\n",
	"TreeNode": "\ntype TreeNode struct {\n\tVal   int\n\tLeft  *TreeNode\n\tRight *TreeNode\n}\n",
}

const helperBase = `package main

func floorBytes(s []string) []byte {
	if s == nil {
		return nil
	}
	b := make([]byte, len(s))
	for i, c := range s {
		b[i] = c[0]
	}
	return b
}

func floorStrings(b []byte) []string {
	if b == nil {
		return nil
	}
	s := make([]string, len(b))
	for i, c := range b {
		s[i] = string(rune(c))
	}
	return s
}

func floorGrid(g [][]string) [][]byte {
	if g == nil {
		return nil
	}
	out := make([][]byte, len(g))
	for i, r := range g {
		out[i] = floorBytes(r)
	}
	return out
}

func floorGridStrings(g [][]byte) [][]string {
	if g == nil {
		return nil
	}
	out := make([][]string, len(g))
	for i, r := range g {
		out[i] = floorStrings(r)
	}
	return out
}
`

var helperFor = map[string]string{
	"ListNode": `
func floorList(vals []int) *ListNode {
	dummy := &ListNode{}
	tail := dummy
	for _, v := range vals {
		tail.Next = &ListNode{Val: v}
		tail = tail.Next
	}
	return dummy.Next
}

func floorLists(vals [][]int) []*ListNode {
	out := make([]*ListNode, len(vals))
	for i, v := range vals {
		out[i] = floorList(v)
	}
	return out
}

func floorListValues(n *ListNode) []int {
	out := []int{}
	for ; n != nil; n = n.Next {
		out = append(out, n.Val)
	}
	return out
}

func floorListsValues(ls []*ListNode) [][]int {
	out := make([][]int, len(ls))
	for i, l := range ls {
		out[i] = floorListValues(l)
	}
	return out
}
`,
	"TreeNode": `
func floorTree(vals []*int) *TreeNode {
	if len(vals) == 0 || vals[0] == nil {
		return nil
	}
	root := &TreeNode{Val: *vals[0]}
	queue := []*TreeNode{root}
	for i := 1; i < len(vals) && len(queue) > 0; {
		n := queue[0]
		queue = queue[1:]
		if v := vals[i]; v != nil {
			n.Left = &TreeNode{Val: *v}
			queue = append(queue, n.Left)
		}
		i++
		if i < len(vals) {
			if v := vals[i]; v != nil {
				n.Right = &TreeNode{Val: *v}
				queue = append(queue, n.Right)
			}
			i++
		}
	}
	return root
}

func floorLevels(root *TreeNode) []any {
	out := []any{}
	queue := []*TreeNode{root}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		if n == nil {
			out = append(out, nil)
			continue
		}
		out = append(out, n.Val)
		queue = append(queue, n.Left, n.Right)
	}
	for len(out) > 0 && out[len(out)-1] == nil {
		out = out[:len(out)-1]
	}
	return out
}
`,
}
