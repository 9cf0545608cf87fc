package driver

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"

	"github.com/judgehq/judge/judge/gods"
	"github.com/judgehq/judge/judge/problem"
)

// CompileError is a defect of the user's code found before or by the Go
// compiler; Msg is what the user should read, positions in their own file.
type CompileError struct {
	Msg string
}

func (e *CompileError) Error() string { return e.Msg }

// Prepared is a user file made ready to compile beside the driver.
type Prepared struct {
	Code string
	// Imports are the imports the judge added: packages of the standard
	// library and of github.com/emirpasic/gods.
	Imports []string
	decls   map[string]ast.Decl
	methods map[string]*ast.FuncDecl // "Type.Method"
	fset    *token.FileSet
}

// position is the user's line of pos.
func (p *Prepared) position(pos token.Pos) int { return p.fset.Position(pos).Line }

func (p *Prepared) declares(name string) bool {
	_, ok := p.decls[name]
	return ok
}

// stdlib maps the names users write without importing to the packages the
// judge imports for them, as interview pads and LeetCode do.
var stdlib = map[string]string{
	"bits": "math/bits", "bufio": "bufio", "bytes": "bytes", "cmp": "cmp",
	"errors": "errors", "fmt": "fmt", "heap": "container/heap",
	"list": "container/list", "maps": "maps", "math": "math", "os": "os",
	"big": "math/big", "rand": "math/rand", "regexp": "regexp",
	"ring": "container/ring", "slices": "slices", "sort": "sort",
	"strconv": "strconv", "strings": "strings", "sync": "sync",
	"atomic": "sync/atomic", "time": "time", "unicode": "unicode",
	"utf8": "unicode/utf8",
}

// autoImport is the package the judge imports for name, used in a file
// without being declared or imported: the standard library's first, then
// LeetCode's library's (its maps is the standard library's here too).
func autoImport(name string) (string, bool) {
	if path, ok := stdlib[name]; ok {
		return path, true
	}
	return gods.ByName(name)
}

// AutoImports are the standard-library packages a user's file may use
// without importing them, sorted: what a warm build cache should hold.
// LeetCode's library is left out: it is compiled on its first use.
func AutoImports() []string {
	var out []string
	for _, path := range stdlib {
		out = append(out, path)
	}
	sort.Strings(out)
	return out
}

// Prepare turns src into a package-main file: it gives it a package clause,
// imports the packages it uses without importing them (the standard
// library's and github.com/emirpasic/gods's, as LeetCode does), and
// renames a func main of its own so the driver's can run. A //line
// directive keeps every position in the user's file and lines.
func Prepare(src Source, predefinedTypes []string) (*Prepared, error) {
	code := dropBuildConstraints(src.Code)
	hasClause := startsWithPackage(code)
	const prefix = "package main;"
	text := code
	if !hasClause {
		text = prefix + code
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, src.Name, text, parser.SkipObjectResolution)
	if err != nil {
		return nil, &CompileError{Msg: syntaxErrors(err, src.Name, !hasClause, len(prefix))}
	}
	for _, imp := range f.Imports {
		if imp.Path.Value == `"C"` {
			return nil, &CompileError{Msg: fmt.Sprintf("%s:%d: cgo (import \"C\") is not available: only the Go standard library, as in the interview", src.Name, fset.Position(imp.Pos()).Line)}
		}
		// A path whose first element has a dot names a module, never a
		// package of the standard library: no build needs to say so. The
		// one module LeetCode offers is the exception.
		path, _ := strconv.Unquote(imp.Path.Value)
		if gods.Has(path) {
			continue
		}
		if first, _, _ := strings.Cut(path, "/"); strings.Contains(first, ".") {
			pos := fset.Position(imp.Path.Pos())
			col := pos.Column
			if !hasClause && pos.Line == 1 {
				col -= len(prefix)
			}
			return nil, &CompileError{Msg: fmt.Sprintf("%s:%d:%d: package %s is not in the Go standard library\n\tonly the Go standard library is available, as in the interview", src.Name, pos.Line, col, path)}
		}
	}
	p := &Prepared{decls: map[string]ast.Decl{}, methods: map[string]*ast.FuncDecl{}, fset: fset}
	offset := func(pos token.Pos) int {
		o := fset.Position(pos).Offset
		if !hasClause {
			o -= len(prefix)
		}
		return o
	}
	var edits []edit
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil {
				if d.Name.Name == "main" {
					edits = append(edits, edit{offset(d.Name.Pos()), len("main"), "_userMain"})
				}
				p.decls[d.Name.Name] = d
			} else if len(d.Recv.List) == 1 {
				p.methods[recvType(d.Recv.List[0].Type)+"."+d.Name.Name] = d
			}
		case *ast.GenDecl:
			for _, s := range d.Specs {
				switch s := s.(type) {
				case *ast.TypeSpec:
					p.decls[s.Name.Name] = d
				case *ast.ValueSpec:
					for _, n := range s.Names {
						p.decls[n.Name] = d
					}
				}
			}
		}
	}
	p.Imports = missingImports(fset, f, predefinedTypes, p)
	var imp string
	if len(p.Imports) > 0 {
		quoted := make([]string, len(p.Imports))
		for i, path := range p.Imports {
			quoted[i] = strconv.Quote(path)
		}
		imp = " import (" + strings.Join(quoted, "; ") + ");"
	}
	directive := "/*line " + src.Name + ":1:1*/"
	if hasClause {
		clause := edit{offset(f.Package), offset(f.Name.End()) - offset(f.Package), "package main;" + imp}
		edits = append(edits, clause)
		p.Code = directive + apply(code, edits)
	} else {
		p.Code = prefix + imp + " " + directive + apply(code, edits)
	}
	return p, nil
}

// dropBuildConstraints blanks //go:build lines, which only the tools that
// pick files read: a user file copied with one would otherwise fail to
// compile once the judge puts its package clause first. Lines keep their
// numbers.
func dropBuildConstraints(code string) string {
	lines := strings.Split(code, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "//go:build") || strings.HasPrefix(l, "// +build") {
			lines[i] = "//"
		}
	}
	return strings.Join(lines, "\n")
}

type edit struct {
	off, n int
	with   string
}

func apply(s string, edits []edit) string {
	sort.Slice(edits, func(i, j int) bool { return edits[i].off > edits[j].off })
	for _, e := range edits {
		s = s[:e.off] + e.with + s[e.off+e.n:]
	}
	return s
}

func startsWithPackage(code string) bool {
	var s scanner.Scanner
	fset := token.NewFileSet()
	s.Init(fset.AddFile("", -1, len(code)), []byte(code), nil, 0)
	_, tok, _ := s.Scan()
	return tok == token.PACKAGE
}

func recvType(e ast.Expr) string {
	if st, ok := e.(*ast.StarExpr); ok {
		e = st.X
	}
	if id, ok := e.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

// syntaxErrors renders parse errors at the user's own positions.
func syntaxErrors(err error, name string, prefixed bool, prefixLen int) string {
	var list scanner.ErrorList
	if !errors.As(err, &list) {
		return err.Error()
	}
	var b strings.Builder
	for i, e := range list {
		if i == 10 {
			b.WriteString("too many errors\n")
			break
		}
		col := e.Pos.Column
		if prefixed && e.Pos.Line == 1 {
			col -= prefixLen
		}
		fmt.Fprintf(&b, "%s:%d:%d: %s\n", name, e.Pos.Line, max(col, 1), e.Msg)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// missingImports type-checks the file against empty stand-ins for its own
// imports and the predefined types, and returns the packages behind names
// it uses but never declares or imports (autoImport).
func missingImports(fset *token.FileSet, f *ast.File, predefinedTypes []string, p *Prepared) []string {
	files := []*ast.File{f}
	var predef []string
	for _, t := range predefinedTypes {
		if !p.declares(t) {
			predef = append(predef, t)
		}
	}
	if len(predef) > 0 {
		src := "package main\n"
		for _, t := range predef {
			src += "type " + t + " struct{}\n"
		}
		pf, err := parser.ParseFile(fset, "predefined.go", src, 0)
		if err == nil {
			files = append(files, pf)
		}
	}
	want := map[string]bool{}
	conf := types.Config{
		Importer: emptyImporter{},
		Error: func(err error) {
			var te types.Error
			if errors.As(err, &te) {
				if name, ok := strings.CutPrefix(te.Msg, "undefined: "); ok {
					if path, ok := autoImport(name); ok {
						want[path] = true
					}
				}
			}
		},
	}
	conf.Check("main", fset, files, nil) //nolint:errcheck // errors go to conf.Error
	var out []string
	for path := range want {
		out = append(out, path)
	}
	sort.Strings(out)
	return out
}

// emptyImporter stands in for real packages: the check only needs to know
// which package names are taken.
type emptyImporter struct{}

func (emptyImporter) Import(path string) (*types.Package, error) {
	name := path[strings.LastIndex(path, "/")+1:]
	if len(name) >= 2 && name[0] == 'v' && name[1] >= '0' && name[1] <= '9' && strings.Count(path, "/") > 0 {
		// math/rand/v2 is package rand.
		rest := path[:strings.LastIndex(path, "/")]
		name = rest[strings.LastIndex(rest, "/")+1:]
	}
	pkg := types.NewPackage(path, name)
	pkg.MarkComplete()
	return pkg, nil
}

// funcSig renders a signature the way a user would write it.
func funcSig(recv, name string, params []problem.Param, returns string) string {
	var ps []string
	for _, q := range params {
		ps = append(ps, q.Name+" "+q.Type)
	}
	s := "func "
	if recv != "" {
		s += "(this *" + recv + ") "
	}
	s += name + "(" + strings.Join(ps, ", ") + ")"
	if returns != "" {
		s += " " + returns
	}
	return s
}

// declTypes returns a function's parameter and result types as written.
func declTypes(fn *ast.FuncDecl) (params []string, results []string) {
	for _, fl := range fn.Type.Params.List {
		t := types.ExprString(fl.Type)
		for range max(len(fl.Names), 1) {
			params = append(params, t)
		}
	}
	if fn.Type.Results != nil {
		for _, fl := range fn.Type.Results.List {
			t := types.ExprString(fl.Type)
			for range max(len(fl.Names), 1) {
				results = append(results, t)
			}
		}
	}
	return params, results
}
