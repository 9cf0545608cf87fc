package driver

import (
	"fmt"
	"path"
	"strings"

	"github.com/judgehq/judge/judge/problem"
)

// CheckerFile is the name checker.go gets in the checker's build folder.
const CheckerFile = "checker.go"

// Keys of a checker's input beside the test's own fields: the expected
// answer and the one to judge. (Test fields are Go identifiers, which
// never start with '#'.)
const (
	CheckWant = "#want"
	CheckGot  = "#got"
)

// NewChecker writes the program that runs p's checker.go on answers: each
// input is a test's fields with CheckWant and CheckGot beside them, and
// each answer is a JSON string, empty to accept, else why not. For a
// function, check takes the signature's parameters, then the expected
// and the given answer, in their Go types; for a design problem, check
// takes the operations, and the arguments, the expected and the given
// results as JSON.
func NewChecker(p *problem.Problem) (*Program, error) {
	if p.CheckerSource == "" {
		return nil, fmt.Errorf("%s has no checker.go", p.Slug)
	}
	shapes := shapesUsed(p)
	need := predefinedTypes(shapes)
	src, err := Prepare(Source{Name: CheckerFile, Code: p.CheckerSource}, need)
	if err != nil {
		return nil, fmt.Errorf("checker.go: %w", err)
	}
	prog := &Program{Files: map[string][]byte{CheckerFile: []byte(src.Code)}}
	prog.Files["0judge_types.go"] = []byte(predefined(shapes, src))
	for _, name := range shapeFiles(shapes) {
		b, err := sources.ReadFile(name)
		if err != nil {
			return nil, err
		}
		prog.Files["0judge_"+path.Base(name)] = asMain(b)
	}
	c := codecs{p}
	var b strings.Builder
	b.WriteString("package main\n\nimport _j \"" + SupportPath + "\"\n\n")
	b.WriteString("func main() { _j.Main(_jTest, nil) }\n\n")
	b.WriteString("func _jTest(_in map[string]_j.Raw) (_j.Raw, error) {\n")
	switch s := p.Sig; {
	case s.Function != nil:
		f := s.Function
		var args []string
		out := f.Returns
		for i, q := range f.Params {
			fmt.Fprintf(&b, "\t_a%d := %s\n", i, c.decoder(q.Type, fmt.Sprintf("_in[%q]", q.InputKey())))
			args = append(args, fmt.Sprintf("_a%d", i))
			if q.Name == f.Output {
				out = q.Type
			}
		}
		fmt.Fprintf(&b, "\t_want := %s\n", c.decoder(out, fmt.Sprintf("_in[%q]", CheckWant)))
		fmt.Fprintf(&b, "\t_got := %s\n", c.decoder(out, fmt.Sprintf("_in[%q]", CheckGot)))
		args = append(args, "_want", "_got")
		fmt.Fprintf(&b, "\treturn _j.EncString(check(%s))\n", strings.Join(args, ", "))
	case s.Class != nil:
		fmt.Fprintf(&b, "\treturn _j.EncString(check(_j.DecStrings(_in[\"operations\"]), string(_in[\"arguments\"]), string(_in[%q]), string(_in[%q])))\n", CheckWant, CheckGot)
	default:
		return nil, fmt.Errorf("%s: a codec takes no checker", p.Slug)
	}
	b.WriteString("}\n")
	prog.Files["0judge_main.go"] = []byte(b.String())
	if prog.Imports, err = importsOf(prog.Files); err != nil {
		return nil, err
	}
	return prog, nil
}
