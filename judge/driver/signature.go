package driver

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/printer"
	"go/token"
	"slices"
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
			// api.go calls what the template declares: the user's file
			// must declare it as the template does.
			return checkTemplate(p, name, u)
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

// checkTemplate checks the user's file declares every type, function and
// method of the problem's template (its stub), functions and methods with
// the template's parameter and result types.
func checkTemplate(p *problem.Problem, name string, u *Prepared) error {
	stub, err := Prepare(Source{Name: "stub.go", Code: p.Stub}, nil)
	if err != nil {
		return fmt.Errorf("stub.go: %w", err)
	}
	type named struct {
		key  string
		decl ast.Node
	}
	var all []named
	for k, d := range stub.decls {
		all = append(all, named{k, d})
	}
	for k, d := range stub.methods {
		all = append(all, named{k, d})
	}
	slices.SortFunc(all, func(a, b named) int { return cmp.Compare(a.decl.Pos(), b.decl.Pos()) })
	for _, n := range all {
		want := declText(stub.fset, n.decl, n.key)
		switch d := n.decl.(type) {
		case *ast.GenDecl:
			if got, ok := u.decls[n.key].(*ast.GenDecl); !ok || got.Tok != d.Tok {
				return &CompileError{Msg: fmt.Sprintf("%s: no %s %s; the problem's template declares:\n\t%s", name, d.Tok, n.key, want)}
			}
		case *ast.FuncDecl:
			var got *ast.FuncDecl
			what := "function"
			if d.Recv == nil {
				got, _ = u.decls[n.key].(*ast.FuncDecl)
			} else {
				got, what = u.methods[n.key], "method"
			}
			if got == nil {
				return &CompileError{Msg: fmt.Sprintf("%s: no %s %s; the problem calls, as its template declares:\n\t%s", name, what, d.Name.Name, want)}
			}
			gotP, gotR := declTypes(got)
			wantP, wantR := declTypes(d)
			if !slices.Equal(gotP, wantP) || !slices.Equal(gotR, wantR) {
				return &CompileError{Msg: fmt.Sprintf("%s:%d: %s has parameters (%s) and results (%s); the problem calls, as its template declares:\n\t%s",
					name, u.position(got.Pos()), d.Name.Name, strings.Join(gotP, ", "), strings.Join(gotR, ", "), want)}
			}
		}
	}
	return nil
}

// declText is a declaration as the template writes it, without its body.
func declText(fset *token.FileSet, d ast.Node, key string) string {
	f, ok := d.(*ast.FuncDecl)
	if !ok {
		return "type " + key + " struct { ... }"
	}
	var b strings.Builder
	if err := printer.Fprint(&b, fset, &ast.FuncDecl{Recv: f.Recv, Name: f.Name, Type: f.Type}); err != nil {
		return "func " + f.Name.Name
	}
	return b.String()
}
