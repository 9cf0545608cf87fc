package problem

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/judgehq/judge/judge/shape"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/judgehq/judge/judge/verdict"
)

// Difficulties in the order lists show them.
var Difficulties = []string{"easy", "medium", "hard"}

// Topics in the order of the preparation plan; lists group by it.
var Topics = []string{
	"array", "linked-list", "stack-queue", "string", "binary-tree",
	"binary-search", "binary-search-tree", "heap", "graph", "sorting",
	"dynamic-programming", "design", "two-pointers", "sliding-window",
	"trie", "backtracking", "greedy", "interval", "math", "bit-manipulation",
}

// Types are the Go types the harness can pass and return: the shape
// registry's (package shape).
var Types = shape.Types()

// Error is a defect in a problem package: which file, which field, what is
// wrong and, in Msg, how to fix it.
type Error struct {
	Slug  string
	File  string
	Field string
	Msg   string
}

func (e *Error) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "load %s: %s", e.Slug, e.File)
	if e.Field != "" {
		fmt.Fprintf(&b, ": %s", e.Field)
	}
	fmt.Fprintf(&b, ": %s", e.Msg)
	return b.String()
}

type metadata struct {
	Title      string             `json:"title"`
	Difficulty string             `json:"difficulty"`
	Topics     []string           `json:"topics"`
	Function   *Function          `json:"function"`
	Class      *Class             `json:"class"`
	Codec      *Codec             `json:"codec"`
	Compare    verdict.Comparison `json:"compare"`
	Checker    string             `json:"checker"`
	Node       string             `json:"node"`
	Complexity Complexity         `json:"complexity"`
	Ladder     *Ladder            `json:"ladder"`
	Hints      []string           `json:"hints"`
	Followups  []string           `json:"followups"`
	AllInputs  int                `json:"all_inputs"`
	Limits     struct {
		TimeFactor  float64 `json:"time_factor"`
		TimeSlackMS int     `json:"time_slack_ms"`
		MemoryMB    int     `json:"memory_mb"`
	} `json:"limits"`
}

// apiSetupRE finds api.go's func apiSetup.
var apiSetupRE = regexp.MustCompile(`(?m)^func apiSetup\(`)

// checkRE finds a checker's func check.
var checkRE = regexp.MustCompile(`(?m)^func check\(`)

var slugRE = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// Load reads the package in folder dir of fsys. The folder's base name is
// the slug.
func Load(fsys fs.FS, dir string) (*Problem, error) {
	slug := path.Base(dir)
	fail := func(file, field, format string, args ...any) error {
		return &Error{Slug: slug, File: file, Field: field, Msg: fmt.Sprintf(format, args...)}
	}
	if !slugRE.MatchString(slug) {
		return nil, fail(".", "", "folder name %q is not a slug (lower-case words joined by '-')", slug)
	}
	h := sha256.New()
	read := func(name string, required bool) (string, error) {
		b, err := fs.ReadFile(fsys, path.Join(dir, name))
		if errors.Is(err, fs.ErrNotExist) && !required {
			return "", nil
		}
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return "", fail(name, "", "missing (every package needs it; see problems/README.md)")
			}
			return "", fail(name, "", "%v", err)
		}
		fmt.Fprintf(h, "%s\x00%d\x00", name, len(b))
		h.Write(b)
		return string(b), nil
	}

	raw, err := read("problem.json", true)
	if err != nil {
		return nil, err
	}
	var m metadata
	dec := json.NewDecoder(strings.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return nil, fail("problem.json", "", "%s", jsonError(raw, err))
	}
	p := &Problem{
		Slug:       slug,
		Title:      m.Title,
		Difficulty: m.Difficulty,
		Topics:     m.Topics,
		Sig:        Signature{Function: m.Function, Class: m.Class, Codec: m.Codec},
		Compare:    m.Compare,
		Node:       m.Node,

		builtinChecker: m.Checker,
		Complexity:     m.Complexity,
		Ladder:         m.Ladder,
		Hints:          m.Hints,
		AllInputs:      m.AllInputs,
		Followups:      m.Followups,
		Limits: Limits{
			TimeFactor: m.Limits.TimeFactor,
			TimeSlack:  time.Duration(m.Limits.TimeSlackMS) * time.Millisecond,
			MemoryMB:   m.Limits.MemoryMB,
		},
	}
	if err := p.checkMetadata(); err != nil {
		var e *Error
		if errors.As(err, &e) {
			e.Slug = slug
		}
		return nil, err
	}

	if p.Statement, err = read("statement.md", true); err != nil {
		return nil, err
	}
	if strings.TrimSpace(p.Statement) == "" {
		return nil, fail("statement.md", "", "empty: write the problem, its examples and constraints")
	}
	for _, f := range []struct {
		name string
		dst  *string
		req  bool
	}{{"stub.go", &p.Stub, true}, {"solution.go", &p.Solution, true}, {"gen.go", &p.Gen, false}, {"brute.go", &p.Brute, false}} {
		s, err := read(f.name, f.req)
		if err != nil {
			return nil, err
		}
		*f.dst = UserForm(s)
	}
	if p.Writeup, err = read("writeup.md", false); err != nil {
		return nil, err
	}
	api, err := read("api.go", false)
	if err != nil {
		return nil, err
	}
	p.API = UserForm(api)
	if f := p.Sig.Function; f != nil {
		if err := p.checkHidden(f); err != nil {
			return nil, err
		}
	}
	if api != "" && p.Sig.Class == nil && p.Sig.Function == nil {
		return nil, fail("api.go", "", "a codec takes no api.go")
	}
	checker, err := read("checker.go", false)
	if err != nil {
		return nil, err
	}
	p.CheckerSource = UserForm(checker)
	switch {
	case p.Compare == verdict.Checker && checker == "":
		return nil, fail("checker.go", "", "missing: compare is \"checker\", so the package needs checker.go (see problems/README.md)")
	case checker != "" && p.Compare != verdict.Checker:
		return nil, fail("checker.go", "", "present, but problem.json does not use it: set \"compare\": \"checker\"")
	case checker != "" && p.Sig.Codec != nil:
		return nil, fail("checker.go", "", "a codec is judged by its round trip; it takes no checker")
	case checker != "" && !checkRE.MatchString(p.CheckerSource):
		return nil, fail("checker.go", "check", "checker.go must define func check(...) string: the signature's inputs, then the expected and the given answer, returning \"\" to accept or why not")
	}
	if p.Ladder != nil && !sizedRE.MatchString(p.Gen) {
		return nil, fail("gen.go", "sized", "problem.json has a ladder, so gen.go must define func sized(n int) map[string]any, the worst-case input of size n")
	}

	if p.Mutants, err = loadMutants(fsys, dir, slug, read); err != nil {
		return nil, err
	}

	rawTests, err := read("tests.json", true)
	if err != nil {
		return nil, err
	}
	if p.Tests, err = p.parseTests(rawTests); err != nil {
		return nil, err
	}
	p.Hash = hex.EncodeToString(h.Sum(nil))[:16]
	return p, nil
}

func loadMutants(fsys fs.FS, dir, slug string, read func(string, bool) (string, error)) ([]Mutant, error) {
	entries, err := fs.ReadDir(fsys, path.Join(dir, "mutants"))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, &Error{Slug: slug, File: "mutants", Msg: err.Error()}
	}
	var ms []Mutant
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") {
			continue
		}
		name := "mutants/" + e.Name()
		src, err := read(name, true)
		if err != nil {
			return nil, err
		}
		mu := Mutant{Name: strings.TrimSuffix(e.Name(), ".go"), Source: UserForm(src)}
		if v := declaredVerdict(src); v != "" {
			parsed, err := verdict.Parse(v)
			if err != nil || parsed == verdict.Accepted {
				return nil, &Error{Slug: slug, File: name, Field: "verdict", Msg: fmt.Sprintf("unknown verdict %q (want one of %s)", v, strings.Join(mutantVerdicts(), ", "))}
			}
			mu.Verdict, mu.Declared = parsed, true
		}
		ms = append(ms, mu)
	}
	return ms, nil
}

// mutantVerdicts are the verdicts a mutant may declare: all but accepted.
func mutantVerdicts() []string {
	var out []string
	for _, v := range verdict.All() {
		if v != verdict.Accepted {
			out = append(out, v.String())
		}
	}
	return out
}

var verdictRE = regexp.MustCompile(`(?m)^// verdict: *([a-z_]+) *$`)

func declaredVerdict(src string) string {
	if m := verdictRE.FindStringSubmatch(src); m != nil {
		return m[1]
	}
	return ""
}

// UserForm strips the two header lines that keep the Go tools from building
// a package folder (`//go:build ignore` and `package main`), giving the file
// as a user would write it.
func UserForm(src string) string {
	s := src
	if rest, ok := strings.CutPrefix(s, "//go:build ignore\n"); ok {
		s = strings.TrimLeft(rest, "\n")
		if rest, ok := strings.CutPrefix(s, "package main\n"); ok {
			s = strings.TrimLeft(rest, "\n")
		}
	}
	return s
}

func (p *Problem) checkMetadata() error {
	fail := func(field, format string, args ...any) error {
		return &Error{File: "problem.json", Field: field, Msg: fmt.Sprintf(format, args...)}
	}
	if strings.TrimSpace(p.Title) == "" {
		return fail("title", "missing: give the problem's title")
	}
	if !contains(Difficulties, p.Difficulty) {
		return fail("difficulty", "%q is not one of %s", p.Difficulty, strings.Join(Difficulties, ", "))
	}
	if len(p.Topics) == 0 {
		return fail("topics", "missing: name at least one of %s", strings.Join(Topics, ", "))
	}
	for _, t := range p.Topics {
		if !contains(Topics, t) {
			return fail("topics", "unknown topic %q%s (want one of %s)", t, suggest(t, Topics), strings.Join(Topics, ", "))
		}
	}
	if p.Compare == "" {
		p.Compare = verdict.Exact
	}
	if !slices.Contains(verdict.Comparisons(), p.Compare) {
		var names []string
		for _, c := range verdict.Comparisons() {
			names = append(names, string(c))
		}
		return fail("compare", "unknown comparison %q%s (want one of %s)", p.Compare, suggest(string(p.Compare), names), strings.Join(names, ", "))
	}
	switch {
	case p.builtinChecker != "":
		return fail("checker", "%q: the judge has no built-in checkers any more: write the package's checker.go (see problems/README.md) and drop \"checker\"", p.builtinChecker)
	}
	if p.Limits.TimeFactor == 0 {
		p.Limits.TimeFactor = 5
	}
	if p.Limits.TimeSlack == 0 {
		p.Limits.TimeSlack = 200 * time.Millisecond
	}
	if p.Limits.MemoryMB == 0 {
		p.Limits.MemoryMB = 256
	}
	if p.Limits.TimeFactor < 1 || p.Limits.TimeSlack < 0 || p.Limits.MemoryMB < 16 {
		return fail("limits", "time_factor must be at least 1, time_slack_ms at least 0, memory_mb at least 16")
	}
	if err := p.checkLadder(); err != nil {
		return err
	}
	for i, h := range p.Hints {
		if strings.TrimSpace(h) == "" {
			return fail(fmt.Sprintf("hints[%d]", i), "empty: write the nudge in a sentence")
		}
	}
	for i, f := range p.Followups {
		if strings.TrimSpace(f) == "" {
			return fail(fmt.Sprintf("followups[%d]", i), "empty: write the question in a sentence")
		}
	}
	return p.checkSignature()
}

var sizedRE = regexp.MustCompile(`(?m)^func sized\(\w+ int\) map\[string\]any \{`)

// checkLadder checks the sizes the complexity is measured on, and that the
// class expected there is known.
func (p *Problem) checkLadder() error {
	l := p.Ladder
	if l == nil {
		return nil
	}
	fail := func(field, format string, args ...any) error {
		return &Error{File: "problem.json", Field: "ladder." + field, Msg: fmt.Sprintf(format, args...)}
	}
	switch {
	case strings.TrimSpace(l.N) == "":
		return fail("n", "missing: say what n counts, e.g. \"the length of nums\"")
	case l.Min < 1:
		return fail("min", "must be at least 1")
	case l.Max < 16*l.Min:
		return fail("max", "%d is less than 16 × min (%d): the ladder needs at least five doublings to show a growth", l.Max, 16*l.Min)
	case l.Max > MaxLadder:
		return fail("max", "%d is more than %d: inputs that large cost more to make than to measure", l.Max, MaxLadder)
	}
	if _, err := p.LadderClass(); err != nil {
		return fail("time", "%v", err)
	}
	return nil
}

func (p *Problem) checkSignature() error {
	fail := func(field, format string, args ...any) error {
		return &Error{File: "problem.json", Field: field, Msg: fmt.Sprintf(format, args...)}
	}
	if p.Node != "" && !slices.Contains(shape.Nodes, p.Node) {
		return fail("node", "unknown Node %q (want one of %s)", p.Node, strings.Join(shape.Nodes, ", "))
	}
	s := p.Sig
	n := 0
	for _, set := range []bool{s.Function != nil, s.Class != nil, s.Codec != nil} {
		if set {
			n++
		}
	}
	if n != 1 {
		return fail("function", "give exactly one of \"function\", \"class\" or \"codec\" (found %d)", n)
	}
	switch {
	case s.Function != nil:
		f := s.Function
		if !goIdent(f.Name) {
			return fail("function.name", "%q is not a Go identifier", f.Name)
		}
		if err := checkParams("function.params", f.Params); err != nil {
			return err
		}
		if err := checkParams("function.hidden", f.Hidden); err != nil {
			return err
		}
		switch {
		case f.Returns == "" && f.Output == "":
			return fail("function.returns", "missing: give the return type, or \"output\" naming the parameter judged in place")
		case f.Returns != "" && f.Output != "":
			return fail("function.output", "set together with \"returns\": keep one")
		case f.Returns != "" && !contains(Types, f.Returns):
			return fail("function.returns", "unsupported type %q (supported: %s)", f.Returns, strings.Join(Types, " "))
		case f.Output != "" && findParam(f.Params, f.Output) == nil:
			return fail("function.output", "no parameter named %q", f.Output)
		}
		if f.ResultNodeOf != "" {
			if sh, ok := p.Shape(f.Returns); !ok || sh.Member == "" {
				return fail("function.result_node_of", "only for functions returning a tree's node (*TreeNode, or a parent-pointer *Node)")
			}
			if q := findParam(append(f.Params[:len(f.Params):len(f.Params)], f.Hidden...), f.ResultNodeOf); q == nil || q.Type != f.Returns {
				return fail("function.result_node_of", "no %s parameter or hidden input named %q", f.Returns, f.ResultNodeOf)
			}
		}
		if err := p.checkNodeOf(f); err != nil {
			return err
		}
	case s.Class != nil:
		c := s.Class
		if !goIdent(c.Name) {
			return fail("class.name", "%q is not a Go identifier", c.Name)
		}
		if err := checkParams("class.constructor", c.Constructor); err != nil {
			return err
		}
		if len(c.Methods) == 0 {
			return fail("class.methods", "missing: list the class's methods")
		}
		seen := map[string]bool{c.Name: true}
		for i, m := range c.Methods {
			field := fmt.Sprintf("class.methods[%d]", i)
			if m.Name == "" || seen[m.Name] || !goIdent(m.GoName()) {
				return fail(field+".name", "%q is empty, repeated or not a Go identifier", m.Name)
			}
			seen[m.Name] = true
			if err := checkParams(field+".params", m.Params); err != nil {
				return err
			}
			if m.Returns != "" && !contains(Types, m.Returns) {
				return fail(field+".returns", "unsupported type %q", m.Returns)
			}
		}
	case s.Codec != nil:
		c := s.Codec
		for field, v := range map[string]string{"codec.name": c.Name, "codec.encode": c.Encode, "codec.decode": c.Decode} {
			if !goIdent(v) {
				return fail(field, "%q is not a Go identifier", v)
			}
		}
		if !contains(Types, c.Type) {
			return fail("codec.type", "unsupported type %q", c.Type)
		}
	}
	return nil
}

func checkParams(field string, ps []Param) error {
	fail := func(i int, sub, format string, args ...any) error {
		return &Error{File: "problem.json", Field: fmt.Sprintf("%s[%d].%s", field, i, sub), Msg: fmt.Sprintf(format, args...)}
	}
	seen := map[string]bool{}
	for i, q := range ps {
		if !goIdent(q.Name) || seen[q.Name] {
			return fail(i, "name", "%q is empty, repeated or not a Go identifier", q.Name)
		}
		seen[q.Name] = true
		if !contains(Types, q.Type) {
			return fail(i, "type", "unsupported type %q (supported: %s)", q.Type, strings.Join(Types, " "))
		}
		if q.Cycle != "" && q.Type != "*ListNode" {
			return fail(i, "cycle", "only for *ListNode parameters")
		}
	}
	return nil
}

// checkNodeOf checks f's node_of parameters: each names a tree of its own
// type, a parameter or a hidden input, of a shape whose nodes can be
// looked up by value.
func (p *Problem) checkNodeOf(f *Function) error {
	all := append(f.Params[:len(f.Params):len(f.Params)], f.Hidden...)
	for i, q := range all {
		if q.NodeOf == "" {
			continue
		}
		field := fmt.Sprintf("function.params[%d].node_of", i)
		if i >= len(f.Params) {
			field = fmt.Sprintf("function.hidden[%d].node_of", i-len(f.Params))
		}
		if sh, ok := p.Shape(q.Type); !ok || sh.NodeOf == "" {
			return &Error{File: "problem.json", Field: field, Msg: "only for a tree's node (*TreeNode, or a parent-pointer *Node)"}
		}
		if t := findParam(all, q.NodeOf); t == nil || t.Type != q.Type || t.NodeOf != "" {
			return &Error{File: "problem.json", Field: field, Msg: fmt.Sprintf("no %s parameter or hidden input named %q", q.Type, q.NodeOf)}
		}
	}
	return nil
}

// checkHidden checks that a hidden input of f's that no node_of or
// result_node_of names goes to api.go's apiSetup.
func (p *Problem) checkHidden(f *Function) error {
	used := map[string]bool{f.ResultNodeOf: true}
	for _, q := range f.Params {
		used[q.NodeOf] = true
	}
	for _, q := range f.Hidden {
		used[q.NodeOf] = true
	}
	for i, q := range f.Hidden {
		if !used[q.Name] && !apiSetupRE.MatchString(p.API) {
			return &Error{Slug: p.Slug, File: "api.go", Field: "apiSetup", Msg: fmt.Sprintf("function.hidden[%d] (%s) is neither a tree a node_of names nor given to api.go: define func apiSetup(...) in api.go taking the hidden inputs, in order", i, q.Name)}
		}
	}
	return nil
}

func findParam(ps []Param, name string) *Param {
	for i := range ps {
		if ps[i].Name == name {
			return &ps[i]
		}
	}
	return nil
}

// InputKeys are the fields every test's input must have, sorted.
func (p *Problem) InputKeys() []string {
	var keys []string
	switch {
	case p.Sig.Function != nil:
		for _, q := range p.Sig.Function.Params {
			keys = append(keys, q.InputKey())
			if q.Cycle != "" {
				keys = append(keys, q.Cycle)
			}
		}
		for _, q := range p.Sig.Function.Hidden {
			keys = append(keys, q.InputKey())
		}
	case p.Sig.Class != nil:
		keys = []string{"arguments", "operations"}
	case p.Sig.Codec != nil:
		keys = []string{p.Sig.Codec.InputKey()}
	}
	sort.Strings(keys)
	return keys
}

func (p *Problem) parseTests(raw string) ([]Test, error) {
	fail := func(field, format string, args ...any) error {
		return &Error{Slug: p.Slug, File: "tests.json", Field: field, Msg: fmt.Sprintf(format, args...)}
	}
	var tests []Test
	dec := json.NewDecoder(strings.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&tests); err != nil {
		return nil, fail("", "%s", jsonError(raw, err))
	}
	if len(tests) == 0 {
		return nil, fail("", "no tests: write at least the statement's examples, marked \"sample\": true")
	}
	want := p.InputKeys()
	seen := map[string]bool{}
	samples := 0
	for i, t := range tests {
		id := fmt.Sprintf("[%d]", i)
		if t.Name != "" {
			id = fmt.Sprintf("[%d] (%s)", i, t.Name)
		}
		if !slugRE.MatchString(t.Name) {
			return nil, fail(id+".name", "%q: name each test with lower-case words joined by '-'", t.Name)
		}
		if seen[t.Name] {
			return nil, fail(id+".name", "repeated: test names must be unique")
		}
		seen[t.Name] = true
		if t.Sample {
			samples++
		}
		var got []string
		for k := range t.Input {
			got = append(got, k)
		}
		sort.Strings(got)
		if strings.Join(got, ",") != strings.Join(want, ",") {
			return nil, fail(id+".input", "has fields [%s]; the signature wants [%s]", strings.Join(got, ", "), strings.Join(want, ", "))
		}
		if len(bytes.TrimSpace(t.Output)) == 0 {
			return nil, fail(id+".output", "missing: write the expected answer")
		}
		if p.IsDesign() {
			if err := p.checkDesignTest(t); err != nil {
				return nil, fail(id+".input", "%v", err)
			}
		}
	}
	if samples == 0 {
		return nil, fail("sample", "no test is marked \"sample\": true; mark the statement's examples")
	}
	return tests, nil
}

func (p *Problem) checkDesignTest(t Test) error {
	var ops []string
	var args []json.RawMessage
	if err := json.Unmarshal(t.Input["operations"], &ops); err != nil {
		return fmt.Errorf("operations: want a list of strings: %v", err)
	}
	if err := json.Unmarshal(t.Input["arguments"], &args); err != nil {
		return fmt.Errorf("arguments: want a list of lists: %v", err)
	}
	if len(ops) != len(args) {
		return fmt.Errorf("%d operations but %d argument lists", len(ops), len(args))
	}
	c := p.Sig.Class
	if len(ops) == 0 || ops[0] != c.Name {
		return fmt.Errorf("the first operation must be %q (the constructor)", c.Name)
	}
	arity := map[string]int{c.Name: len(c.Constructor)}
	for _, m := range c.Methods {
		arity[m.Name] = len(m.Params)
	}
	for i, op := range ops {
		n, ok := arity[op]
		if !ok || (i > 0 && op == c.Name) {
			return fmt.Errorf("operation %d: unknown or misplaced %q", i, op)
		}
		var a []json.RawMessage
		if err := json.Unmarshal(args[i], &a); err != nil || len(a) != n {
			return fmt.Errorf("operation %d (%s): want %d arguments, got %s", i, op, n, args[i])
		}
	}
	if t.Output == nil {
		return nil // an input alone, as an example line gives it
	}
	var outs []json.RawMessage
	if err := json.Unmarshal(t.Output, &outs); err != nil || len(outs) != len(ops) {
		return fmt.Errorf("output: want a list of %d results (null for the constructor and void methods)", len(ops))
	}
	return nil
}

// jsonError says where in the file a JSON error is, by line.
func jsonError(src string, err error) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	var off int64 = -1
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off = te.Offset
	}
	if off < 0 {
		return err.Error()
	}
	line := 1 + strings.Count(src[:min(int(off), len(src))], "\n")
	return fmt.Sprintf("line %d: %v", line, err)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func goIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		ok := r == '_' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (i > 0 && r >= '0' && r <= '9')
		if !ok {
			return false
		}
	}
	return true
}

// suggest returns `; did you mean "x"?` for the nearest of choices, or "".
func suggest(s string, choices []string) string {
	if near := Nearest(s, choices, 1); len(near) > 0 {
		return fmt.Sprintf("; did you mean %q?", near[0])
	}
	return ""
}

// Nearest returns up to n of choices closest to s by edit distance, closest
// first, leaving out those too far to be a typo.
func Nearest(s string, choices []string, n int) []string {
	type cand struct {
		s string
		d int
	}
	var cs []cand
	for _, c := range choices {
		d := editDistance(s, c)
		if strings.Contains(c, s) && len(s) >= 3 {
			d = min(d, 2)
		}
		if d <= max(2, len(s)/3) {
			cs = append(cs, cand{c, d})
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].d < cs[j].d })
	var out []string
	for i := 0; i < len(cs) && i < n; i++ {
		out = append(out, cs[i].s)
	}
	return out
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// LoadAll loads every package folder directly under root in fsys, sorted by
// slug. Folders without problem.json are skipped.
func LoadAll(fsys fs.FS, root string) ([]*Problem, error) {
	entries, err := fs.ReadDir(fsys, root)
	if err != nil {
		return nil, err
	}
	var ps []*Problem
	var errs []error
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		dir := path.Join(root, e.Name())
		if _, err := fs.Stat(fsys, path.Join(dir, "problem.json")); err != nil {
			continue
		}
		p, err := Load(fsys, dir)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		ps = append(ps, p)
	}
	return ps, errors.Join(errs...)
}

// IsSlug reports whether s is a well-formed slug.
func IsSlug(s string) bool { return slugRE.MatchString(s) }
