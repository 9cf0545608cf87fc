package driver

import (
	"fmt"
	"strings"

	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/judge/shape"
)

// codecs are the generated main's decoders and encoders, from the shape
// registry; p says which Node *Node is.
type codecs struct{ p *problem.Problem }

func (c codecs) shape(t string) *shape.Shape {
	s, ok := c.p.Shape(t)
	if !ok {
		// The loader refuses types the registry lacks.
		panic("driver: no shape for " + t)
	}
	return s
}

// decoder is the expression that decodes raw JSON into a value of type t.
func (c codecs) decoder(t, raw string) string { return c.shape(t).Dec + "(" + raw + ")" }

// encoder is the function that turns a value of type t into its JSON form.
func (c codecs) encoder(t string) string { return c.shape(t).Enc }

func mainFile(p *problem.Problem, withGen bool) (string, error) {
	var b strings.Builder
	b.WriteString("package main\n\nimport _j \"" + SupportPath + "\"\n\n")
	if withGen {
		b.WriteString("func main() { _j.Main(_jTest, _jGenerate) }\n\n")
	} else {
		b.WriteString("func main() { _j.Main(_jTest, nil) }\n\n")
	}
	b.WriteString("func _jTest(_in map[string]_j.Raw) (_j.Raw, error) {\n")
	c := codecs{p}
	switch s := p.Sig; {
	case s.Function != nil:
		c.writeFunction(&b, s.Function)
	case s.Class != nil:
		c.writeClass(&b, s.Class)
	case s.Codec != nil:
		c.writeCodec(&b, s.Codec)
	}
	b.WriteString("}\n")
	if withGen {
		b.WriteString(`
// GenCase is one generated test: gen.go's generate returns them.
type GenCase struct {
	Name  string
	Input map[string]any
}

// _jGenerate sends gen.go's tests, or with sizes its inputs of those
// sizes, made by sized(n).
func _jGenerate(sizes []int) {
	if sizes == nil {
		for _, c := range generate() {
			_j.SendCase(c.Name, c.Input)
		}
		return
	}
`)
		if p.Ladder != nil {
			b.WriteString("\tfor _, n := range sizes {\n\t\t_j.SendSized(n, sized(n))\n\t}\n}\n")
		} else {
			b.WriteString("\t_j.Fatal(\"gen.go has no sized(n)\")\n}\n")
		}
	}
	return b.String(), nil
}

func (c codecs) writeFunction(b *strings.Builder, f *problem.Function) {
	// A tree a node_of or result_node_of refers to: a parameter, or a
	// hidden input.
	treeOf := map[string]string{}
	for i, q := range f.Hidden {
		fmt.Fprintf(b, "\t_h%d := %s\n", i, c.decoder(q.Type, fmt.Sprintf("_in[%q]", q.InputKey())))
		treeOf[q.Name] = fmt.Sprintf("_h%d", i)
	}
	for i, q := range f.Params {
		treeOf[q.Name] = fmt.Sprintf("_a%d", i)
	}
	args := make([]string, len(f.Params))
	// Trees first: node_of parameters look their nodes up in them.
	for pass := 0; pass < 2; pass++ {
		for i, q := range f.Params {
			if (q.NodeOf != "") != (pass == 1) {
				continue
			}
			args[i] = fmt.Sprintf("_a%d", i)
			raw := fmt.Sprintf("_in[%q]", q.InputKey())
			switch {
			case q.Cycle != "":
				fmt.Fprintf(b, "\t_a%d := _jDecListCycle(%s, _in[%q])\n", i, raw, q.Cycle)
			case q.NodeOf != "":
				fmt.Fprintf(b, "\t_a%d := %s(%s, %s)\n", i, c.shape(q.Type).NodeOf, treeOf[q.NodeOf], raw)
			default:
				fmt.Fprintf(b, "\t_a%d := %s\n", i, c.decoder(q.Type, raw))
			}
		}
	}
	result, after := "", ""
	switch {
	case f.ResultNodeOf != "":
		s := c.shape(f.Returns)
		fmt.Fprintf(b, "\t_of := %s(%s)\n", s.Nodes, treeOf[f.ResultNodeOf])
		result = s.Member + "(_r, _of)"
	case f.Returns != "" && c.shape(f.Returns).Within != "" && c.sameType(f) >= 0:
		// Made in place of an input: of its nodes, all of them.
		s := c.shape(f.Returns)
		fmt.Fprintf(b, "\t_of := %s(_a%d)\n", s.Nodes, c.sameType(f))
		result = s.Within + "(_r, _of)"
	case f.Returns != "" && c.copyOf(f) >= 0:
		// A copy of an input (clone-graph, copy-list-with-random-pointer)
		// must share no node with it, and leave it as it was.
		s, i := c.shape(f.Returns), c.copyOf(f)
		fmt.Fprintf(b, "\t_input := %s(_a%d)\n", s.Nodes, i)
		fmt.Fprintf(b, "\t_was, _ := %s(_a%d)\n", s.Enc, i)
		after = fmt.Sprintf("\tif _now, _err := %s(_a%d); _err != nil || string(_now) != string(_was) {\n\t\treturn nil, _j.Changed(%q, _was, _now)\n\t}\n", s.Enc, i, f.Params[i].Name)
		result = s.EncAvoiding + "(_r, _input)"
	case f.Returns != "":
		result = c.encoder(f.Returns) + "(_r)"
	default:
		for i, q := range f.Params {
			if q.Name == f.Output {
				result = fmt.Sprintf("%s(_a%d)", c.encoder(q.Type), i)
			}
		}
	}
	if c.p.API != "" && len(f.Hidden) > 0 {
		// The package's api.go takes the inputs the function does not.
		var hidden []string
		for i := range f.Hidden {
			hidden = append(hidden, fmt.Sprintf("_h%d", i))
		}
		fmt.Fprintf(b, "\tapiSetup(%s)\n", strings.Join(hidden, ", "))
	}
	call := fmt.Sprintf("%s(%s)", f.Name, strings.Join(args, ", "))
	b.WriteString("\t_j.Begin()\n")
	if f.Returns != "" {
		fmt.Fprintf(b, "\t_r := %s\n", call)
	} else {
		fmt.Fprintf(b, "\t%s\n", call)
	}
	b.WriteString("\t_j.End()\n")
	b.WriteString(after)
	fmt.Fprintf(b, "\treturn %s\n", result)
}

// sameType is f's first parameter of its result's type, -1 if none.
func (c codecs) sameType(f *problem.Function) int {
	for i, q := range f.Params {
		if q.Type == f.Returns {
			return i
		}
	}
	return -1
}

// copyOf is the parameter of f's whose nodes f's result must not share,
// -1 if none: the first parameter of the result's shape, when that is a
// Copy shape (clone-graph).
func (c codecs) copyOf(f *problem.Function) int {
	if !c.shape(f.Returns).Copy {
		return -1
	}
	for i, q := range f.Params {
		if q.Type == f.Returns {
			return i
		}
	}
	return -1
}

// writeClass writes the test of a design problem: the operations and
// their arguments are decoded first, each argument into a slice of its
// type per kind of operation; the timed loop then calls each operation by
// a switch on its kind, keeping each result in a slice of its type, with
// no closure or boxing per call; the results are encoded after the clock
// stops.
func (cs codecs) writeClass(b *strings.Builder, c *problem.Class) {
	type op struct {
		name, call, returns string
		params              []problem.Param
	}
	ops := []op{{c.Name, "_obj = Constructor(%s)", "", c.Constructor}}
	for _, m := range c.Methods {
		ops = append(ops, op{m.Name, "_obj." + m.GoName() + "(%s)", m.Returns, m.Params})
	}
	fmt.Fprintf(b, `	_ops := _j.DecStrings(_in["operations"])
	_args := _j.DecArgs(_in["arguments"])
	var _obj %s
	// _kind is each operation's, _n counts them by kind, _at is each
	// operation's place among those of its kind.
	_kind := make([]uint8, len(_ops))
	_at := make([]int, len(_ops))
	var _n [%d]int
	for _i, _op := range _ops {
		switch _op {
`, c.Made(), len(ops))
	for k, o := range ops {
		fmt.Fprintf(b, "\t\tcase %q:\n\t\t\t_kind[_i] = %d\n", o.name, k)
	}
	b.WriteString(`		default:
			_j.Fatal("unknown operation " + _op)
		}
		_at[_i] = _n[_kind[_i]]
		_n[_kind[_i]]++
	}
`)
	for k, o := range ops {
		for i, q := range o.params {
			fmt.Fprintf(b, "\t_a%d_%d := make([]%s, _n[%d])\n", k, i, q.Type, k)
		}
		if o.returns != "" {
			fmt.Fprintf(b, "\t_r%d := make([]%s, _n[%d])\n", k, o.returns, k)
		}
	}
	b.WriteString(`	for _i, _k := range _kind {
		_a, _x := _args[_i], _at[_i]
		_, _ = _a, _x
		switch _k {
`)
	for k, o := range ops {
		if len(o.params) == 0 {
			continue
		}
		fmt.Fprintf(b, "\t\tcase %d:\n", k)
		for i, q := range o.params {
			fmt.Fprintf(b, "\t\t\t_a%d_%d[_x] = %s\n", k, i, cs.decoder(q.Type, fmt.Sprintf("_a[%d]", i)))
		}
	}
	b.WriteString(`		}
	}
	_j.Begin()
	for _i, _k := range _kind {
		_j.Op(_i)
		_x := _at[_i]
		_ = _x
		switch _k {
`)
	for k, o := range ops {
		var args []string
		for i := range o.params {
			args = append(args, fmt.Sprintf("_a%d_%d[_x]", k, i))
		}
		call := fmt.Sprintf(o.call, strings.Join(args, ", "))
		if o.returns != "" {
			call = fmt.Sprintf("_r%d[_x] = %s", k, call)
		}
		fmt.Fprintf(b, "\t\tcase %d:\n\t\t\t%s\n", k, call)
	}
	b.WriteString(`		}
	}
	_j.End()
	_j.Op(-1)
	_out := make([]_j.Raw, len(_ops))
	for _i, _k := range _kind {
		var _e _j.Raw
		var _err error
		switch _k {
`)
	for k, o := range ops {
		if o.returns != "" {
			fmt.Fprintf(b, "\t\tcase %d:\n\t\t\t_e, _err = %s(_r%d[_at[_i]])\n", k, cs.encoder(o.returns), k)
		}
	}
	b.WriteString(`		default:
			continue
		}
		if _err != nil {
			return nil, _err
		}
		_out[_i] = _e
	}
	return _j.EncResults(_out)
`)
}

func (cs codecs) writeCodec(b *strings.Builder, c *problem.Codec) {
	fmt.Fprintf(b, "\t_x := %s\n", cs.decoder(c.Type, fmt.Sprintf("_in[%q]", c.InputKey())))
	result := cs.encoder(c.Type) + "(_r)"
	if s := cs.shape(c.Type); s.Nodes != "" {
		// The round trip must build new nodes.
		fmt.Fprintf(b, "\t_input := %s(_x)\n", s.Nodes)
		result = s.EncAvoiding + "(_r, _input)"
	}
	// Two codec values, as LeetCode's two machines: what the encoder keeps
	// in its own fields does not reach the decoder.
	setup := "\t_ser := Constructor()\n\t_deser := Constructor()\n"
	if c.ZeroValue {
		setup = "\tvar _ser, _deser " + c.Name + "\n"
	}
	fmt.Fprintf(b, `	_j.Begin()
`+setup+`	_r := _deser.%s(_ser.%s(_x))
	_j.End()
	return %s
`, c.Decode, c.Encode, result)
}
