package driver

import (
	"fmt"
	"strings"

	"github.com/judgehq/judge/judge/problem"
)

// decoder is the expression that decodes raw JSON into a value of type t.
func decoder(t, raw string) string {
	switch t {
	case "byte":
		return "_jDecByte(" + raw + ")"
	case "[]byte":
		return "_jDecBytes(" + raw + ")"
	case "[][]byte":
		return "_jDecBytesList(" + raw + ")"
	case "*ListNode":
		return "_jDecList(" + raw + ")"
	case "[]*ListNode":
		return "_jDecLists(" + raw + ")"
	case "*TreeNode":
		return "_jDecTree(" + raw + ")"
	case "*Node":
		return "_jDecGraph(" + raw + ")"
	}
	return "_jPlain[" + t + "](" + raw + ")"
}

// encoder is the function that turns a value of type t into its JSON form.
func encoder(t string) string {
	switch t {
	case "byte":
		return "_jEncByte"
	case "[]byte":
		return "_jEncBytes"
	case "[][]byte":
		return "_jEncBytesList"
	case "*ListNode":
		return "_jEncList"
	case "[]*ListNode":
		return "_jEncLists"
	case "*TreeNode":
		return "_jEncTree"
	case "*Node":
		return "_jEncGraph"
	}
	return "_jSame[" + t + "]"
}

func mainFile(p *problem.Problem, withGen bool) (string, error) {
	var b strings.Builder
	b.WriteString("package main\n\nimport _json \"encoding/json\"\n\nfunc main() { _jMain(_jTest) }\n\n")
	b.WriteString("func _jTest(_in map[string]_json.RawMessage) (any, error) {\n")
	switch s := p.Sig; {
	case s.Function != nil:
		writeFunction(&b, s.Function)
	case s.Class != nil:
		writeClass(&b, s.Class)
	case s.Codec != nil:
		writeCodec(&b, s.Codec)
	}
	b.WriteString("}\n\n")
	b.WriteString(`// _jCPUTime lowers the test's time, which the runtime measured on the
// clock, to the CPU time the program used meanwhile when that is less: a
// machine busy with other work stretches the clock's time, which says
// nothing about the solution. (The CPU time of the runtime's helpers on
// other cores makes it more than the clock's time otherwise.)
func _jCPUTime(start int64) {
	if end := _jCPU(); start >= 0 && end >= start && end-start < _jState.ns {
		_jState.ns = end - start
	}
}

`)
	if withGen {
		b.WriteString(`// GenCase is one generated test: gen.go's generate returns them.
type GenCase struct {
	Name  string
	Input map[string]any
}

// _jGenerate sends gen.go's tests, or with -sized its inputs of the sizes
// asked for, made by sized(n).
func _jGenerate() {
	if _jState.sized != nil {
		for _, n := range _jState.sized {
			_jSend(map[string]any{"name": "n=" + _jItoa(n), "input": _jSized(n)})
		}
	} else {
		for _, c := range generate() {
			_jSend(map[string]any{"name": c.Name, "input": c.Input})
		}
	}
	_jSend(map[string]any{"done": true})
}
`)
		if p.Ladder != nil {
			b.WriteString("\nfunc _jSized(n int) map[string]any { return sized(n) }\n")
		} else {
			b.WriteString("\nfunc _jSized(int) map[string]any { _jFatal(\"gen.go has no sized(n)\"); return nil }\n")
		}
	} else {
		b.WriteString("func _jGenerate() { _jFatal(\"this build has no generator\") }\n")
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
	b.WriteString("\t_jBegin()\n\t_c := _jCPU()\n")
	if f.Returns != "" {
		fmt.Fprintf(b, "\t_r := %s\n", call)
	} else {
		fmt.Fprintf(b, "\t%s\n", call)
	}
	b.WriteString("\t_jEnd()\n\t_jCPUTime(_c)\n")
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
	fmt.Fprintf(b, `	_ops := _jPlain[[]string](_in["operations"])
	_args := _jPlain[[][]_json.RawMessage](_in["arguments"])
	var _obj %s
	_steps := make([]func() any, len(_ops))
	_encs := make([]func(any) (any, error), len(_ops))
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
		fmt.Fprintf(b, "\t\t\t_encs[_i] = func(v any) (any, error) { return %s(v.(%s)) }\n", encoder(returns), returns)
	}
	writeOp(c.Name, c.Constructor, "_obj = Constructor(%s)", "")
	for _, m := range c.Methods {
		writeOp(m.Name, m.Params, "_obj."+m.GoName()+"(%s)", m.Returns)
	}
	b.WriteString(`		default:
			_jFatal("unknown operation " + _op)
		}
	}
	_res := make([]any, len(_ops))
	_jBegin()
	_c := _jCPU()
	for _i, _s := range _steps {
		_jState.op = _i
		_res[_i] = _s()
	}
	_jEnd()
	_jCPUTime(_c)
	_jState.op = -1
	_out := make([]any, len(_ops))
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
	return _out, nil
`)
}

func writeCodec(b *strings.Builder, c *problem.Codec) {
	fmt.Fprintf(b, "\t_x := %s\n", decoder(c.Type, fmt.Sprintf("_in[%q]", c.InputKey())))
	result := encoder(c.Type) + "(_r)"
	if c.Type == "*TreeNode" {
		b.WriteString("\t_input := _jTreeNodes(_x)\n")
		result = "_jEncTreeAvoiding(_r, _input)"
	}
	fmt.Fprintf(b, `	_jBegin()
	_c := _jCPU()
	_ser := Constructor()
	_deser := Constructor()
	_r := _deser.%s(_ser.%s(_x))
	_jEnd()
	_jCPUTime(_c)
	return %s
`, c.Decode, c.Encode, result)
}
