package judge

import (
	"bytes"
	"cmp"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/judgehq/judge/judge/compare"
	"github.com/judgehq/judge/judge/driver"
	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/judge/report"
	"github.com/judgehq/judge/judge/sandbox"
)

// Judge judges solutions. The zero value caches calibrations in the user's
// cache folder.
type Judge struct {
	// CacheDir holds calibrations; empty means home.CacheDir().
	CacheDir string
	// Fresh ignores calibrations cached before this process started (they
	// are still refreshed).
	Fresh bool
	// ExpectSlow judges programs that should run out of time, such as the
	// time-limit mutants of a timing check: a test is stopped a quarter of
	// its limit past it, not a second more. That second lets a deep
	// recursion be reported as a stack overflow and a huge answer be
	// judged by its size; a program past its limit gets
	// time_limit_exceeded either way, and the second is only waiting.
	ExpectSlow bool
}

// grace is how long past its limit j lets a test run.
func (j *Judge) grace() func(time.Duration) time.Duration {
	if j.ExpectSlow {
		return shortGrace
	}
	return killGrace
}

// The report's types live in package report, a leaf that the session
// and the CLI import without the engine; the engine names them here too.
type (
	Report    = report.Report
	Case      = report.Case
	Failure   = report.Failure
	Operation = report.Operation
	Window    = report.Window
)

// Limits on what a report shows of big values and output.
const (
	// ShowValue is the longest value a report shows in full.
	ShowValue = 1500
)

// outputLimit bounds what a solution prints, on stdout and stderr
// together.
const outputLimit = 8 << 20

// answerLimit bounds one answer on the judge's channel: far above any
// expected answer, so that the judge's own memory stays small whatever a
// solution returns.
func answerLimit(cal *Calibration) int64 {
	var most int
	for _, t := range cal.Tests {
		most = max(most, len(t.Expected))
	}
	return max(4<<20, 16*int64(most))
}

// farTooLong reports whether an answer is so much longer than the
// expected one that no comparison mode could find them equal: writing a
// value in JSON another way (floats in full, escaped characters) makes it
// at most about 8 times longer. Comparing such an answer would cost the
// judge memory in proportion to it (a diff of every element) for nothing.
func farTooLong(out, expected []byte) bool {
	return len(out) > 32*len(expected)+64<<10
}

// sandboxHint explains a solution's failed attempt at what the sandbox
// forbids.
const sandboxHint = "\tsolutions run in a sandbox: no other programs, no network, no files outside an empty working folder"

// Submit judges src, a Go file in the user's form, on all of p's tests.
func (j *Judge) Submit(ctx context.Context, p *problem.Problem, src driver.Source) (*Report, error) {
	rep, prog, err := j.SubmitCompiled(ctx, p, src)
	if prog != nil {
		prog.Close()
	}
	return rep, err
}

// SubmitCompiled is Submit, which also returns src compiled, for a review
// to run it again without building it again; the caller closes it.
func (j *Judge) SubmitCompiled(ctx context.Context, p *problem.Problem, src driver.Source) (*Report, *Compiled, error) {
	return j.judge(ctx, p, src, false)
}

// RunSamples judges src on the statement's examples only, each one even
// after one fails, as LeetCode's Run button does.
func (j *Judge) RunSamples(ctx context.Context, p *problem.Problem, src driver.Source) (*Report, error) {
	rep, prog, err := j.judge(ctx, p, src, true)
	if prog != nil {
		prog.Close()
	}
	return rep, err
}

func (j *Judge) judge(ctx context.Context, p *problem.Problem, src driver.Source, samplesOnly bool) (*Report, *Compiled, error) {
	// The calibration is read from its cache beside the user's build. A
	// calibration to make (a build and a run of the reference) waits for
	// that build instead: on an empty build cache, two builds at once would
	// both compile the standard library, doubling the first submit's wait,
	// while on a warm one they would overlap for a fraction of a second.
	type calResult struct {
		c   *Calibration
		err error
	}
	calCh := make(chan calResult, 1)
	built := make(chan struct{})
	go func() {
		c := j.cached(p)
		var err error
		if c == nil {
			<-built
			c, err = j.Calibrate(ctx, p)
		}
		calCh <- calResult{c, err}
	}()

	prog, buildErr := Compile(ctx, p, src)
	close(built)
	cal := <-calCh
	fail := func(err error) (*Report, *Compiled, error) {
		if prog != nil {
			prog.Close()
		}
		return nil, nil, err
	}
	if cal.err != nil {
		return fail(cal.err)
	}
	if buildErr != nil {
		return fail(buildErr)
	}
	var rep *Report
	var err error
	if samplesOnly {
		rep, err = j.runExamples(ctx, prog, cal.c.samples())
	} else {
		rep, err = j.Run(ctx, prog, cal.c)
	}
	if err != nil {
		return fail(err)
	}
	return rep, prog, nil
}

// runExamples judges c on cal's tests, the statement's examples, each one
// even after one fails: a run that stops at a failing example starts
// again after it. The report's verdict and failure are the first
// failure's; its cases are every example's.
func (j *Judge) runExamples(ctx context.Context, c *Compiled, cal *Calibration) (*Report, error) {
	var rep *Report
	for from := 0; from < len(cal.Tests); {
		rest := *cal
		rest.Tests = cal.Tests[from:]
		r, err := j.Run(ctx, c, &rest)
		if err != nil {
			return nil, err
		}
		if rep == nil {
			rep = r
		} else {
			rep.Passed += r.Passed
			rep.Cases = append(rep.Cases, r.Cases...)
			rep.MemoryKB = max(rep.MemoryKB, r.MemoryKB)
			rep.TestNS = append(rep.TestNS, r.TestNS...)
			if rep.Verdict != TimeLimitExceeded {
				rep.TimeMS += r.TimeMS
			}
		}
		// A program that failed before reaching its test would fail the
		// same way on every later one.
		if r.Failure == nil || r.Verdict == CompileError || r.BeforeTest {
			break
		}
		from += r.Passed + 1
	}
	rep.Total = len(cal.Tests)
	return rep, nil
}

func (j *Judge) runTests(ctx context.Context, p *problem.Problem, cal *Calibration, bin, userFile string, rep *Report) (*Report, error) {
	stdin, err := cal.InputsJSON()
	if err != nil {
		return nil, err
	}
	var wall time.Duration
	for _, t := range cal.Tests {
		wall += t.Limit() + j.grace()(t.Limit())
	}
	wall += 10 * time.Second // start-up and decoding, outside any test's clock
	mode := modeOf(p)
	var totalNS int64
	var slowNS int64 // the time of a test that finished past its limit
	var compareErr error
	mark := newMark()
	failed := -1 // the test that failed, if one did
	examples := true
	for _, t := range cal.Tests {
		examples = examples && t.Sample
	}
	// A problem's own checker judges the answers in one batch after the
	// run (it runs in the sandbox too): until then an answer counts as
	// passed, and the first the checker refuses comes first.
	batch := hasPackageChecker(p)
	var pending []int // tests answered, to check, in order
	var answers []json.RawMessage
	slowAt := -1 // in a batch: the test that finished past its limit
	ex := &execution{
		bin:   bin,
		args:  []string{memArg(p.Limits.MemoryMB), "-mark=" + mark},
		stdin: stdin,
		tests: len(cal.Tests),
		limits: sandbox.Limits{
			Wall:    wall,
			CPU:     2*wall + time.Second,
			Memory:  int64(p.Limits.MemoryMB) << 20,
			Output:  outputLimit,
			Message: answerLimit(cal),
		},
		limit: func(i int) time.Duration { return cal.Tests[i].Limit() },
		grace: j.grace(),
		onResult: func(i int, m *message) bool {
			t := &cal.Tests[i]
			totalNS += max(m.NS, 0)
			rep.TestNS = append(rep.TestNS, m.NS)
			// A failure's values are shown only once it fails: formatting
			// them for every test would cost a passing submit time.
			f := &Failure{}
			switch {
			case m.Panic != "":
				rep.Verdict = RuntimeError
				f.Message = "panic: " + m.Panic + userFrames(m.Stack, userFile)
				if strings.Contains(m.Panic, "operation not permitted") || strings.Contains(m.Panic, "permission denied") {
					f.Message += "\n" + sandboxHint
				}
			case m.Err != "":
				rep.Verdict = WrongAnswer
				f.Message = m.Err
			default:
				if farTooLong(m.Out, t.Expected) {
					rep.Verdict = WrongAnswer
					f.Message = fmt.Sprintf("the answer is %d bytes long where the expected one is %d: far too long to be right", len(m.Out), len(t.Expected))
					break
				}
				if batch {
					pending, answers = append(pending, i), append(answers, append(json.RawMessage(nil), m.Out...))
					if time.Duration(m.NS) > t.Limit() {
						slowAt, slowNS = i, m.NS
						return false
					}
					rep.Passed++
					if examples {
						rep.Cases = append(rep.Cases, Case{Test: t.Name, Input: showInput(p, t.Input), Output: showJSON(m.Out), Passed: true})
					}
					return true
				}
				out, err := compare.Judge(mode, t.Input, t.Expected, m.Out)
				if err != nil {
					compareErr = fmt.Errorf("test %s: %w", t.Name, err)
					return false
				}
				if !out.OK {
					rep.Verdict = WrongAnswer
					f.Diff, f.Message = out.Diff, out.Msg
					if out.At != nil {
						explainDifference(p, t.Input, f, out.At)
					}
					break
				}
				if time.Duration(m.NS) > t.Limit() {
					rep.Verdict = TimeLimitExceeded
					f.Message = fmt.Sprintf("the test took %s; its limit is %s", ShowNS(m.NS), ShowNS(t.LimitNS))
					slowNS = m.NS
					break
				}
				rep.Passed++
				if examples {
					rep.Cases = append(rep.Cases, Case{Test: t.Name, Input: showInput(p, t.Input), Output: showJSON(m.Out), Passed: true})
				}
				return true
			}
			f.Test, f.Input = t.Name, showInput(p, t.Input)
			if rep.Verdict != TimeLimitExceeded {
				f.Expected = showJSON(t.Expected)
			}
			if m.Panic == "" && m.Err == "" {
				f.Actual = showJSON(m.Out)
			}
			rep.Failure = f
			failed = i
			return false
		},
	}
	o, err := ex.run(ctx)
	if err != nil {
		return nil, err
	}
	if compareErr != nil {
		return nil, compareErr
	}
	if batch {
		if err := j.checkBatch(ctx, p, cal, rep, pending, answers, slowAt, slowNS, &failed); err != nil {
			return nil, err
		}
	}
	rep.TimeMS = float64(totalNS) / 1e6
	rep.MemoryKB = o.res.PeakRSS >> 10
	if rep.Verdict == TimeLimitExceeded {
		rep.TimeMS, rep.LimitMS = float64(slowNS)/1e6, float64(cal.Tests[failed].LimitNS)/1e6
	}
	if rep.Failure == nil && (!o.done || o.badLine != "" || o.fatal != "") {
		classifyCrash(rep, o, cal, p, userFile)
		failed = min(o.finished, len(cal.Tests)-1)
	}
	for i := range rep.Cases {
		rep.Cases[i].Stdout = clipStdout(
			testOutput(o.res.Stdout, o.res.StdoutTail, mark, i),
			testOutput(o.res.Stderr, o.res.StderrTail, mark, i), Accepted)
	}
	if f := rep.Failure; f != nil {
		f.Stdout = clipStdout(
			testOutput(o.res.Stdout, o.res.StdoutTail, mark, failed),
			testOutput(o.res.Stderr, o.res.StderrTail, mark, failed), rep.Verdict)
		if examples {
			rep.Cases = append(rep.Cases, Case{Test: f.Test, Input: f.Input, Output: f.Actual, Stdout: f.Stdout, Verdict: rep.Verdict, Failure: f})
		}
	}
	return rep, nil
}

// checkBatch has p's checker judge the answers a run gave, to tests
// pending in order, and settles the report: the first answer refused is
// the run's failure (a failure the run met later gives way), and failing
// none, a test that finished past its limit (slowAt) exceeded it.
func (j *Judge) checkBatch(ctx context.Context, p *problem.Problem, cal *Calibration, rep *Report, pending []int, answers []json.RawMessage, slowAt int, slowNS int64, failed *int) error {
	inputs := make([]map[string]json.RawMessage, len(pending))
	want := make([]json.RawMessage, len(pending))
	for k, i := range pending {
		inputs[k], want[k] = cal.Tests[i].Input, cal.Tests[i].Expected
	}
	msgs, err := j.checkAnswers(ctx, p, inputs, want, answers)
	if err != nil {
		return err
	}
	for k, msg := range msgs {
		if msg == "" {
			continue
		}
		t := &cal.Tests[pending[k]]
		rep.Verdict, rep.Passed, *failed = WrongAnswer, k, pending[k]
		rep.Failure = &Failure{Test: t.Name, Input: showInput(p, t.Input), Expected: showJSON(t.Expected), Actual: showJSON(answers[k]), Message: msg}
		if len(rep.Cases) > k {
			rep.Cases = rep.Cases[:k]
		}
		return nil
	}
	if slowAt >= 0 {
		t := &cal.Tests[slowAt]
		rep.Verdict, *failed = TimeLimitExceeded, slowAt
		rep.Failure = &Failure{Test: t.Name, Input: showInput(p, t.Input), Message: fmt.Sprintf("the test took %s; its limit is %s", ShowNS(slowNS), ShowNS(t.LimitNS))}
	}
	return nil
}

// modeOf is how p's outputs compare.
func modeOf(p *problem.Problem) compare.Mode {
	m := compare.Mode{Compare: p.Compare, Ops: p.IsDesign()}
	if sh, ok := p.Shape(outputType(p)); ok {
		m.Shown = sh.Show
	}
	return m
}

// explainDifference states where a wrong answer first differs: the
// operation, in a design problem's results, else the place in a value
// too long to show whole.
func explainDifference(p *problem.Problem, in map[string]json.RawMessage, f *Failure, d *compare.Difference) {
	if p.IsDesign() {
		op := &Operation{Index: d.Index(), Expected: d.WantAt, Actual: cmp.Or(d.GotAt, "nothing")}
		// The input was checked against the signature before it ran.
		var ops []string
		var args []json.RawMessage
		_ = json.Unmarshal(in["operations"], &ops)
		_ = json.Unmarshal(in["arguments"], &args)
		if op.Index < len(ops) && op.Index < len(args) {
			op.Name, op.Arguments = ops[op.Index], compactJSON(args[op.Index])
		}
		f.Operation = op
		f.Diff, f.Message = "", fmt.Sprintf("op %d %s: expected %s, got %s", op.Index, operationCall(op), op.Expected, op.Actual)
		return
	}
	f.Difference = &Window{
		Index: d.Path, From: d.From, Expected: d.Want, Actual: d.Got,
		ExpectedLength: d.WantLen, ActualLength: d.GotLen, Sorted: d.Sorted,
	}
	at, values := "index "+strconv.Itoa(d.Index()), "elements"
	if len(d.Path) > 1 {
		at = "index "
		for _, i := range d.Path {
			at += "[" + strconv.Itoa(i) + "]"
		}
	}
	if strings.HasPrefix(d.Want, `"`) {
		values = "characters"
	}
	switch {
	case d.GotAt == "":
		f.Message = fmt.Sprintf("the output ends at %s: it has %d %s where %d are expected", at, d.GotLen, values, d.WantLen)
	case d.WantAt == "":
		f.Message = fmt.Sprintf("the output goes on past %s: it has %d %s where %d are expected", at, d.GotLen, values, d.WantLen)
	default:
		f.Message = fmt.Sprintf("the first difference is at %s: expected %s, got %s", at, d.WantAt, d.GotAt)
	}
	if d.Sorted {
		f.Message += " (both sorted: the order does not matter)"
	}
	f.Diff = ""
}

// operationCall is the operation as a call: get(3), put(1, 1).
func operationCall(op *Operation) string {
	var args []json.RawMessage
	if json.Unmarshal([]byte(op.Arguments), &args) != nil {
		return op.Name + op.Arguments
	}
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = compactJSON(a)
	}
	return op.Name + "(" + strings.Join(parts, ", ") + ")"
}

// classifyCrash explains a run that ended before its last test without a
// result saying why: killed at a limit, or dead by a fatal error or exit.
func classifyCrash(rep *Report, o *outcome, cal *Calibration, p *problem.Problem, userFile string) {
	i := min(o.finished, len(cal.Tests)-1)
	t := &cal.Tests[i]
	f := &Failure{Test: t.Name, Input: showInput(p, t.Input)}
	rep.Failure = f
	rep.BeforeTest = o.started <= o.finished
	// The Go runtime's last words are at the end of stderr, which may
	// be past the head kept of a program that printed much.
	stderr := string(o.res.Stderr) + string(o.res.StderrTail)
	res := o.res
	nearMemLimit := res.PeakRSS >= int64(p.Limits.MemoryMB)<<20*8/10
	switch {
	case o.badLine != "":
		// The driver writes only what the protocol allows: anything else
		// on its descriptor came from the solution.
		rep.Verdict = RuntimeError
		f.Message = "the program wrote to the judge's private channel (file descriptor 3): " + o.badLine
	case o.fatal != "":
		// The same inputs went through the same driver with the reference:
		// a driver that fails now was broken by the solution.
		rep.Verdict = RuntimeError
		f.Message = "the program broke the judge's driver (" + o.fatal + "); do not write to file descriptor 3"
	case strings.Contains(stderr, "stack overflow") || strings.Contains(stderr, "goroutine stack exceeds"):
		rep.Verdict = RuntimeError
		f.Message = "stack overflow: the recursion is too deep or never ends"
		if r := recursion(stderr, userFile); r != "" {
			f.Message = "stack overflow: the recursion at " + r + " is too deep or never ends"
		}
		f.Message += userFrames(stderr, userFile)
	case res.Stop == sandbox.MemoryLimit || strings.Contains(stderr, "out of memory") ||
		(o.timedOut && nearMemLimit):
		// A program at the memory limit spends its time collecting
		// garbage; running out of time there is running out of memory.
		rep.Verdict = MemoryLimitExceeded
		f.Message = fmt.Sprintf("the program used more than %d MB of memory", p.Limits.MemoryMB)
	case o.timedOut || res.Stop == sandbox.WallLimit || res.Stop == sandbox.CPULimit:
		rep.Verdict = TimeLimitExceeded
		f.Message = fmt.Sprintf("the test ran past its limit of %s and was stopped", ShowNS(t.LimitNS))
		rep.TimeMS, rep.LimitMS = float64(o.stoppedNS)/1e6, float64(t.LimitNS)/1e6
		if o.started <= o.finished {
			f.Message = "the program did not reach the test: it ran too long before it (in init or a package variable?)"
			rep.LimitMS = float64(outsideTests) / 1e6
		}
	case res.Stop == sandbox.OutputLimit:
		rep.Verdict = OutputLimitExceeded
		f.Message = fmt.Sprintf("the program printed more than %d MB", outputLimit>>20)
	case res.Stop == sandbox.MessageLimit:
		rep.Verdict = OutputLimitExceeded
		f.Message = fmt.Sprintf("the answer is larger than %d MB, far larger than any expected answer", answerLimit(cal)>>20)
	case res.Stop == sandbox.FileLimit:
		rep.Verdict = OutputLimitExceeded
		f.Message = fmt.Sprintf("the program wrote too much to files (at most %d MB a file, %d MB in all)", sandbox.MaxFile>>20, sandbox.MaxFiles>>20)
	case res.Stop == sandbox.ProcessLimit:
		rep.Verdict = RuntimeError
		f.Message = fmt.Sprintf("the program started too many processes or threads (at most %d processes, %d threads)", sandbox.MaxProcesses, sandbox.MaxThreads)
	case strings.Contains(stderr, "all goroutines are asleep"):
		rep.Verdict = RuntimeError
		f.Message = "deadlock: every goroutine is blocked" + userFrames(stderr, userFile)
	case strings.Contains(stderr, "panic: ") || strings.Contains(stderr, "fatal error: "):
		rep.Verdict = RuntimeError
		k := strings.Index(stderr, "panic: ")
		if k < 0 {
			k = strings.Index(stderr, "fatal error: ")
		}
		f.Message = firstLines(stderr[k:], 1)
		f.Message += userFrames(stderr, userFile)
		if strings.Contains(f.Message, "operation not permitted") || strings.Contains(f.Message, "permission denied") {
			f.Message += "\n" + sandboxHint
		}
	default:
		rep.Verdict = RuntimeError
		f.Message = "the program ended during this test, before returning (" + describeExit(res) + "); do not call os.Exit or runtime.Goexit"
	}
	// A time limit's report has no expected output: it says nothing
	// about being too slow.
	if rep.Verdict != TimeLimitExceeded {
		f.Expected = showJSON(t.Expected)
	}
}

func describeExit(res *sandbox.Result) string {
	if res == nil {
		return "did not start"
	}
	if res.Signal != "" {
		return "killed by signal " + res.Signal
	}
	return fmt.Sprintf("exit status %d", res.ExitCode)
}

// frameRE matches a traceback frame: the function line, then its file
// line, which a fatal error's traceback (a stack overflow's) ends with the
// frame's registers.
var frameRE = regexp.MustCompile(`(?m)^(\S+)\(.*\)\n\t(.+):(\d+)(?: \+0x[0-9a-f]+(?: fp=\S+ sp=\S+ pc=\S+)?)?$`)

// framesIn lists the traceback's frames in the user's own file, innermost
// first, each as "function (file:line)".
func framesIn(stack, userFile string) []string {
	var frames []string
	for _, m := range frameRE.FindAllStringSubmatch(stack, -1) {
		if m[2] == userFile {
			frames = append(frames, fmt.Sprintf("%s (%s:%s)", strings.TrimPrefix(m[1], "main."), m[2], m[3]))
		}
	}
	return frames
}

// recursion names the calls that recursed in a stack overflow's
// traceback: the first of the user's frames below the innermost (which
// is where the stack ran out, not a call) to come again deeper down, and
// those between, outermost first: "dfs (sol.go:7)", or "a (sol.go:3) →
// b (sol.go:8)" for two functions calling each other. It is "" when no
// frame comes again.
func recursion(stack, userFile string) string {
	frames := framesIn(stack, userFile)
	for i := 1; i < len(frames); i++ {
		for j := i + 1; j < len(frames); j++ {
			if frames[j] == frames[i] {
				cycle := slices.Clone(frames[i:j])
				slices.Reverse(cycle)
				return strings.Join(cycle, " → ")
			}
		}
	}
	return ""
}

// userFrames lists the traceback's frames in the user's own file, a run
// of the same frames over and over (deep recursion: of one function, or of
// a few calling each other) shown once.
func userFrames(stack, userFile string) string {
	frames := framesIn(stack, userFile)
	var b strings.Builder
	shown := 0
	for k := 0; k < len(frames); {
		n, times := cycleAt(frames, k)
		if shown+n > 8 {
			b.WriteString("\n\t...")
			break
		}
		for _, f := range frames[k : k+n] {
			b.WriteString("\n\tat " + f)
		}
		switch {
		case times > 1 && n == 1:
			fmt.Fprintf(&b, " (and %d more times)", times-1)
		case times > 1:
			fmt.Fprintf(&b, " (these %d, %d more times)", n, times-1)
		}
		shown += n
		k += n * times
	}
	return b.String()
}

// cycleAt finds the shortest run of frames from k, of at most four, that
// comes again right after itself, and how many times it comes in a row:
// one frame, once, when none does.
func cycleAt(frames []string, k int) (n, times int) {
	for n := 1; n <= 4 && k+2*n <= len(frames); n++ {
		times := 1
		for k+(times+1)*n <= len(frames) && slices.Equal(frames[k:k+n], frames[k+times*n:k+(times+1)*n]) {
			times++
		}
		if times > 1 {
			return n, times
		}
	}
	return 1, 1
}

// outputType is the Go type of what a test's output holds, "" for design
// problems' lists of results.
func outputType(p *problem.Problem) string {
	switch s := p.Sig; {
	case s.Function != nil && s.Function.ResultNodeOf != "":
		return "int"
	case s.Function != nil && s.Function.Returns != "":
		return s.Function.Returns
	case s.Function != nil:
		for _, q := range s.Function.Params {
			if q.Name == s.Function.Output {
				return q.Type
			}
		}
	case s.Codec != nil:
		return s.Codec.Type
	}
	return ""
}

// showJSON is a JSON value as a report shows it: compact, and clipped.
func showJSON(b []byte) string {
	return clip(compactJSON(b))
}

func clip(s string) string {
	if len(s) <= ShowValue {
		return s
	}
	return s[:ShowValue] + fmt.Sprintf("... (%d bytes in all)", len(s))
}

// newMark returns a fresh mark for the driver to write on stdout and
// stderr as each test starts.
func newMark() string {
	var b [8]byte
	rand.Read(b[:])
	return "judge-" + hex.EncodeToString(b[:])
}

// testOutput cuts what test i printed out of a stream's kept head and
// tail, by the marks the driver wrote before each test; the first test's
// share includes what init printed. Without its mark (the program closed
// the stream, or printed so much that the mark is in the part not kept),
// it is the head with any marks removed.
func testOutput(head, tail []byte, mark string, i int) []byte {
	marks := regexp.MustCompile("\x1e" + regexp.QuoteMeta(mark) + " [0-9]+\x1e")
	markOf := func(i int) []byte { return []byte("\x1e" + mark + " " + strconv.Itoa(i) + "\x1e") }
	cut := func(b []byte, start int) []byte {
		seg := b[start:]
		if next := bytes.Index(seg, markOf(i+1)); next >= 0 {
			seg = seg[:next]
		}
		return marks.ReplaceAll(seg, nil)
	}
	if i == 0 {
		return cut(head, 0)
	}
	for _, b := range [][]byte{head, tail} {
		if at := bytes.Index(b, markOf(i)); at >= 0 {
			return cut(b, at)
		}
	}
	return marks.ReplaceAll(head, nil)
}

// clipStdout keeps the head of what the program printed: at most 40
// lines of at most 200 bytes.
func clipStdout(stdout, stderr []byte, v Verdict) string {
	s := string(stdout)
	if v != RuntimeError && len(stderr) > 0 {
		s += string(stderr)
	}
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	cut := len(lines) > 40
	if cut {
		lines = lines[:40]
	}
	for i, l := range lines {
		if len(l) > 200 {
			lines[i] = l[:200] + "..."
		}
	}
	out := strings.Join(lines, "\n")
	if cut {
		out += "\n... (output cut)"
	}
	return out
}

// ShowNS is a time as reports show it: 0.04 ms, 12 ms, 1.25 s.
func ShowNS(ns int64) string {
	d := time.Duration(ns)
	switch {
	case d < time.Millisecond:
		return fmt.Sprintf("%.2f ms", float64(ns)/1e6)
	case d < time.Second:
		return fmt.Sprintf("%.0f ms", float64(ns)/1e6)
	}
	return fmt.Sprintf("%.2f s", d.Seconds())
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(strings.TrimSpace(s), "\n", n+1)
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, "\n")
}
