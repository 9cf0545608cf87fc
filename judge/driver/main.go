package driver

import (
	"fmt"
	"strings"

	"github.com/judgehq/judge/judge/problem"
)

// codec is how the generated main reads and writes a signature type: the
// functions that decode its JSON form and encode it back.
type codec struct {
	dec, enc string
}

// codecs are the codecs of problem.Types: the support package's for the
// types of Go, inmain/'s for the types LeetCode predefines.
var codecs = map[string]codec{
	"int":         {"_j.DecInt", "_j.EncInt"},
	"int64":       {"_j.DecInt64", "_j.EncInt64"},
	"float64":     {"_j.DecFloat64", "_j.EncFloat64"},
	"bool":        {"_j.DecBool", "_j.EncBool"},
	"string":      {"_j.DecString", "_j.EncString"},
	"byte":        {"_j.DecByte", "_j.EncByte"},
	"[]int":       {"_j.DecInts", "_j.EncInts"},
	"[][]int":     {"_j.DecIntGrid", "_j.EncIntGrid"},
	"[]string":    {"_j.DecStrings", "_j.EncStrings"},
	"[][]string":  {"_j.DecStringGrid", "_j.EncStringGrid"},
	"[]bool":      {"_j.DecBools", "_j.EncBools"},
	"[]float64":   {"_j.DecFloat64s", "_j.EncFloat64s"},
	"[]byte":      {"_j.DecBytes", "_j.EncBytes"},
	"[][]byte":    {"_j.DecByteGrid", "_j.EncByteGrid"},
	"*ListNode":   {"_jDecList", "_jEncList"},
	"[]*ListNode": {"_jDecLists", "_jEncLists"},
	"*TreeNode":   {"_jDecTree", "_jEncTree"},
	"*Node":       {"_jDecGraph", "_jEncGraph"},
}

// decoder is the expression that decodes raw JSON into a value of type t.
func decoder(t, raw string) string { return codecs[t].dec + "(" + raw + ")" }

// encoder is the function that turns a value of type t into its JSON form.
func encoder(t string) string { return codecs[t].enc }

func mainFile(p *problem.Problem, withGen bool) (string, error) {
	var b strings.Builder
	b.WriteString("package main\n\nimport _j \"" + SupportPath + "\"\n\n")
	if withGen {
		b.WriteString("func main() { _j.Main(_jTest, _jGenerate) }\n\n")
	} else {
		b.WriteString("func main() { _j.Main(_jTest, nil) }\n\n")
	}
	b.WriteString("func _jTest(_in map[string]_j.Raw) (_j.Raw, error) {\n")
	switch s := p.Sig; {
	case s.Function != nil:
		writeFunction(&b, s.Function)
	case s.Class != nil:
		writeClass(&b, s.Class)
	case s.Codec != nil:
		writeCodec(&b, s.Codec)
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

func writeFunction(b *strings.Builder, f *problem.Function) {
	idx := map[string]int{}
	for i, q := range f.Params {
		idx[q.Name] = i
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
				fmt.Fprintf(b, "\t_a%d := _jNodeOf(_a%d, %s)\n", i, idx[q.NodeOf], raw)
			default:
				fmt.Fprintf(b, "\t_a%d := %s\n", i, decoder(q.Type, raw))
			}
		}
	}
	result := ""
	switch {
	case f.ResultNodeOf != "":
		fmt.Fprintf(b, "\t_of := _jTreeNodes(_a%d)\n", idx[f.ResultNodeOf])
		result = "_jEncMember(_r, _of)"
	case f.Returns == "*Node" && hasGraphParam(f.Params):
		fmt.Fprintf(b, "\t_input := _jGraphNodes(_a%d)\n", graphParam(f.Params))
		result = "_jEncGraphAvoiding(_r, _input)"
	case f.Returns != "":
		result = encoder(f.Returns) + "(_r)"
	default:
		i := idx[f.Output]
		result = fmt.Sprintf("%s(_a%d)", encoder(f.Params[i].Type), i)
	}
	call := fmt.Sprintf("%s(%s)", f.Name, strings.Join(args, ", "))
	b.WriteString("\t_j.Begin()\n")
	if f.Returns != "" {
		fmt.Fprintf(b, "\t_r := %s\n", call)
	} else {
		fmt.Fprintf(b, "\t%s\n", call)
	}
	b.WriteString("\t_j.End()\n")
	fmt.Fprintf(b, "\treturn %s\n", result)
}

func hasGraphParam(ps []problem.Param) bool { return graphParam(ps) >= 0 }

func graphParam(ps []problem.Param) int {
	for i, q := range ps {
		if q.Type == "*Node" {
			return i
		}
	}
	return -1
}

func writeClass(b *strings.Builder, c *problem.Class) {
	fmt.Fprintf(b, `	_ops := _j.DecStrings(_in["operations"])
	_args := _j.DecArgs(_in["arguments"])
	var _obj %s
	_steps := make([]func() any, len(_ops))
	_encs := make([]func(any) (_j.Raw, error), len(_ops))
	for _i, _op := range _ops {
		_a := _args[_i]
		switch _op {
`, c.Name)
	writeOp := func(op string, params []problem.Param, call, returns string) {
		fmt.Fprintf(b, "\t\tcase %q:\n", op)
		var args []string
		for i, q := range params {
			fmt.Fprintf(b, "\t\t\t_p%d := %s\n", i, decoder(q.Type, fmt.Sprintf("_a[%d]", i)))
			args = append(args, fmt.Sprintf("_p%d", i))
		}
		call = fmt.Sprintf(call, strings.Join(args, ", "))
		if returns == "" {
			fmt.Fprintf(b, "\t\t\t_steps[_i] = func() any { %s; return nil }\n", call)
			return
		}
		fmt.Fprintf(b, "\t\t\t_steps[_i] = func() any { return %s }\n", call)
		fmt.Fprintf(b, "\t\t\t_encs[_i] = func(v any) (_j.Raw, error) { return %s(v.(%s)) }\n", encoder(returns), returns)
	}
	writeOp(c.Name, c.Constructor, "_obj = Constructor(%s)", "")
	for _, m := range c.Methods {
		writeOp(m.Name, m.Params, "_obj."+m.GoName()+"(%s)", m.Returns)
	}
	b.WriteString(`		default:
			_j.Fatal("unknown operation " + _op)
		}
	}
	_res := make([]any, len(_ops))
	_j.Begin()
	for _i, _s := range _steps {
		_j.Op(_i)
		_res[_i] = _s()
	}
	_j.End()
	_j.Op(-1)
	_out := make([]_j.Raw, len(_ops))
	for _i, _v := range _res {
		if _encs[_i] == nil {
			continue
		}
		_e, _err := _encs[_i](_v)
		if _err != nil {
			return nil, _err
		}
		_out[_i] = _e
	}
	return _j.EncResults(_out)
`)
}

func writeCodec(b *strings.Builder, c *problem.Codec) {
	fmt.Fprintf(b, "\t_x := %s\n", decoder(c.Type, fmt.Sprintf("_in[%q]", c.InputKey())))
	result := encoder(c.Type) + "(_r)"
	if c.Type == "*TreeNode" {
		b.WriteString("\t_input := _jTreeNodes(_x)\n")
		result = "_jEncTreeAvoiding(_r, _input)"
	}
	fmt.Fprintf(b, `	_j.Begin()
	_ser := Constructor()
	_deser := Constructor()
	_r := _deser.%s(_ser.%s(_x))
	_j.End()
	return %s
`, c.Decode, c.Encode, result)
}
