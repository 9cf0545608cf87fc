package driver

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"

	"github.com/judgehq/judge/judge/problem"
)

// CheckSignature checks the user's file declares what the problem calls,
// with LeetCode's types, so that a mismatch reads as one clear message
// rather than a compiler error inside the driver.
//
// A function the package's api.go declares (api, nil if none) is the
// judge's to call, not the user's to write: it is not checked.
func CheckSignature(p *problem.Problem, name string, u *Prepared, api *Prepared) error {
	fail := func(format string, args ...any) error {
		return &CompileError{Msg: name + ": " + fmt.Sprintf(format, args...)}
	}
	fn := func(recv, goName string, params []problem.Param, returns string) error {
		want := funcSig(recv, goName, params, returns)
		var d *ast.FuncDecl
		if recv == "" {
			d, _ = u.decls[goName].(*ast.FuncDecl)
		} else {
			d = u.methods[recv+"."+goName]
		}
		if d == nil {
			return fail("no %s %s; the problem calls:\n\t%s", map[bool]string{true: "function", false: "method"}[recv == ""], goName, want)
		}
		gotP, gotR := declTypes(d)
		var wantP, wantR []string
		for _, q := range params {
			wantP = append(wantP, q.Type)
		}
		if returns != "" {
			wantR = []string{returns}
		}
		if strings.Join(gotP, ",") != strings.Join(wantP, ",") || strings.Join(gotR, ",") != strings.Join(wantR, ",") {
			pos := u.position(d.Pos())
			return &CompileError{Msg: fmt.Sprintf("%s:%d: %s has parameters (%s) and results (%s); the problem calls:\n\t%s",
				name, pos, goName, strings.Join(gotP, ", "), strings.Join(gotR, ", "), want)}
		}
		return nil
	}
	typ := func(n string) error {
		if d, ok := u.decls[n].(*ast.GenDecl); !ok || d.Tok != token.TYPE {
			return fail("no type %s; the problem's template declares:\n\ttype %s struct { ... }", n, n)
		}
		return nil
	}
	switch s := p.Sig; {
	case s.Function != nil:
		if api != nil && api.declares(s.Function.Name) {
			return nil
		}
		return fn("", s.Function.Name, s.Function.Params, s.Function.Returns)
	case s.Class != nil:
		c := s.Class
		if err := typ(c.Name); err != nil {
			return err
		}
		if err := fn("", "Constructor", c.Constructor, c.Made()); err != nil {
			return err
		}
		for _, m := range c.Methods {
			if err := fn(c.Name, m.GoName(), m.Params, m.Returns); err != nil {
				return err
			}
		}
	case s.Codec != nil:
		c := s.Codec
		if err := typ(c.Name); err != nil {
			return err
		}
		if !c.ZeroValue {
			if err := fn("", "Constructor", nil, c.Name); err != nil {
				return err
			}
		}
		if err := fn(c.Name, c.Encode, []problem.Param{{Name: "root", Type: c.Type}}, "string"); err != nil {
			return err
		}
		return fn(c.Name, c.Decode, []problem.Param{{Name: "data", Type: "string"}}, c.Type)
	}
	return nil
}
