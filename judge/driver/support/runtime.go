// Package support is the runtime of every judged program: it reads the
// tests, runs each through the function the driver generates for the
// problem's signature, times it and reports on the judge's channel (file
// descriptor 3), with the decoders and encoders of the signature types.
//
// The judge compiles it once per Go toolchain, as a package of its own that
// the generated main imports. So that a judged program builds fast even on
// an empty build cache, it imports nothing of the standard library beyond
// what syscall needs anyway, strconv and unicode/utf8: no encoding/json,
// fmt, os, reflect or time.
package support

import (
	"runtime"
	"strconv"
	"syscall"
)

// ArgsEnv is the environment variable holding the program's settings,
// space-separated: -mem=MB, -mark=M, -repeat=N, -minns=NS, -gen,
// -sized=N,N... The judge passes them there because os.Args would cost
// every judged program the os package. driver.ArgsEnv is the same name.
const ArgsEnv = "JUDGE_DRIVER_ARGS"

// run is the program's state, set up before any code of the user's
// runs: the support package initialises before package main.
var run = setup()

type state struct {
	inputs []Raw
	repeat int
	// minNS: with it, each test's call repeats until its times add up to
	// this much (at most maxRepeats calls), the smallest counting.
	minNS int64
	gen   bool
	// sized are the sizes of the inputs gen.go's sized(n) makes, with -sized.
	sized []int
	mark  string // written on stdout and stderr as each test starts
	err   string // a set-up failure, reported once the channel works

	start, cpuStart int64 // the test's clock and CPU time when it began
	collected       int64 // the CPU time at the last collection
	ns              int64 // the time of the last call, -1 if unmeasured
	op              int   // the design operation running, -1 if none
	test            int
	begun           int // the last test announced on the channel
}

func setup() *state {
	s := &state{repeat: 1, op: -1, begun: -1}
	args, ok := syscall.Getenv(ArgsEnv)
	if !ok {
		// A test of this package, or a program started by hand.
		s.err = "started without the judge's settings in " + ArgsEnv
		return s
	}
	// The solution sees the environment the judge gives every program.
	syscall.Unsetenv(ArgsEnv)
	memMB := 256
	for _, a := range split(args, ' ') {
		k, v := a, ""
		if i := index(a, '='); i >= 0 {
			k, v = a[:i], a[i+1:]
		}
		n, _ := strconv.Atoi(v)
		switch k {
		case "-repeat":
			s.repeat = max(n, 1)
		case "-mem":
			memMB = n
		case "-gen":
			s.gen = true
		case "-sized":
			s.gen = true
			s.sized = []int{}
			for _, f := range split(v, ',') {
				n, _ := strconv.Atoi(f)
				s.sized = append(s.sized, n)
			}
		case "-minns":
			s.minNS = int64(n)
		case "-mark":
			s.mark = v
		}
	}
	// Unbounded recursion must end as a stack overflow well before the
	// memory watcher sees the stack as a memory blow-up.
	setMaxStack(max(memMB/8, 16) << 20)
	// Collect garbage harder near the limit, so that only live data can
	// exceed it.
	setMemoryLimit(int64(memMB) << 20 * 9 / 10)
	closeOnExec(3)
	if !s.gen {
		in, err := readAll(0)
		if err != nil {
			s.err = "reading tests: " + err.Error()
			return s
		}
		if s.inputs, ok = listOf((*reader).raw)(&reader{b: in}); !ok {
			s.err = "reading tests: not a JSON list of inputs"
		}
	}
	return s
}

func index(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// split cuts s at each sep, dropping empty parts.
func split(s string, sep byte) []string {
	var out []string
	for s != "" {
		i := index(s, sep)
		if i < 0 {
			i = len(s)
		}
		if i > 0 {
			out = append(out, s[:i])
		}
		s = s[min(i+1, len(s)):]
	}
	return out
}

// readAll reads fd to its end.
func readAll(fd int) ([]byte, error) {
	b := make([]byte, 0, 64<<10)
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := read(fd, b[len(b):cap(b)])
		switch {
		case err == syscall.EINTR:
		case err != nil:
			return nil, err
		case n == 0:
			return b, nil
		default:
			b = b[:len(b)+n]
		}
	}
}

// maxRepeats and repeatWall bound the calls of one test with -minns:
// each call decodes its input anew, which can cost far more than the call.
const (
	maxRepeats = 16
	repeatWall = 250e6 // ns
)

// moreCalls reports whether a test measured with -minns calls again after
// r calls that took spent in all, began at began: until the calls add up
// to minns, and at least twice unless the first was long, since a first
// call pays for touching its memory's pages, which says nothing of the
// growth.
func moreCalls(r int, spent, began int64) bool {
	if run.minNS == 0 || r >= maxRepeats || nanotime()-began >= repeatWall {
		return false
	}
	return spent < run.minNS || (r < 2 && spent < 100e6)
}

// Fatal reports a failure of the judge's own making (a problem package's
// test that does not decode, say) and ends the program.
func Fatal(msg string) {
	send(appendMessage(nil, "fatal", appendString(nil, msg)))
	syscall.Exit(3)
}

// send writes one line on the judge's channel; a channel that fails ends
// the program.
func send(line []byte) {
	line = append(line, '\n')
	for len(line) > 0 {
		n, err := write(3, line)
		if err == syscall.EINTR {
			continue
		}
		if err != nil || n <= 0 {
			syscall.Exit(3)
		}
		line = line[n:]
	}
}

// appendMessage appends the one-field message {"key":value} to b.
func appendMessage(b []byte, key string, value []byte) []byte {
	b = append(b, `{"`...)
	b = append(b, key...)
	b = append(b, `":`...)
	return append(append(b, value...), '}')
}

// Begin starts a test's clock; the first time for a test it tells the
// judge, which starts its own.
func Begin() {
	announce()
	if run.minNS > 0 {
		// Measuring growth: collect the garbage of decoding the input
		// now, or a cycle it starts would run during the call; and no
		// collection during the call unless the heap nears the memory
		// limit. A collection marks the live heap, which a growing data
		// structure makes larger at each size, on a core another process
		// may hold: time that tells the machine's load, not the
		// algorithm's growth.
		runtime.GC()
		setGCPercent(-1)
	}
	run.start = nanotime()
	run.cpuStart = cpuTime()
}

// announce tells the judge, the first time for a test, that it begins.
func announce() {
	if run.begun != run.test {
		run.begun = run.test
		send(appendMessage(nil, "b", strconv.AppendInt(nil, int64(run.test), 10)))
	}
}

// End stops the test's clock. The test's time is the clock's, lowered to
// the CPU time the program used meanwhile when that is less: a machine
// busy with other work stretches the clock's time, which says nothing
// about the solution. (The CPU time of the runtime's helpers on other
// cores makes it more than the clock's time otherwise.)
func End() {
	run.ns = nanotime() - run.start
	if end := cpuTime(); run.cpuStart >= 0 && end >= run.cpuStart && end-run.cpuStart < run.ns {
		run.ns = end - run.cpuStart
	}
	if run.minNS > 0 {
		setGCPercent(100)
	}
}

// Op records the design operation about to run, -1 after the last, so
// that a panic names it.
func Op(i int) { run.op = i }

// mark writes the run's mark and the test's number on stdout and stderr,
// so that the judge can show what the test that failed printed. It writes
// on the descriptors themselves: user code may have replaced os.Stdout,
// or closed it.
func mark(i int) {
	if run.mark == "" {
		return
	}
	b := []byte("\x1e" + run.mark + " " + strconv.Itoa(i) + "\x1e")
	write(1, b)
	write(2, b)
}

// panicked is what a test that panicked reports.
type panicked struct {
	msg   string
	stack string
}

// Test runs one test: it decodes the input's fields, calls the solution
// between Begin and End, and returns the answer's JSON.
type Test func(in map[string]Raw) (Raw, error)

func runOne(test Test, in map[string]Raw) (out Raw, p *panicked, err error) {
	defer func() {
		if r := recover(); r != nil {
			if bad, ok := r.(BadInput); ok {
				Fatal("test " + strconv.Itoa(run.test) + ": " + string(bad))
			}
			msg := describe(r)
			if run.op >= 0 {
				msg += " (during operation " + strconv.Itoa(run.op) + ")"
			}
			p = &panicked{msg: msg, stack: stack()}
		}
	}()
	run.op = -1
	out, err = test(in)
	return out, nil, err
}

// stack is the panicking goroutine's traceback, as runtime/debug.Stack
// gives it.
func stack() string {
	buf := make([]byte, 1024)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return string(buf[:n])
		}
		buf = make([]byte, 2*len(buf))
	}
}

// describe is a panic's value as a message: an error's or a Stringer's
// text, a string, a number, else the value's type.
func describe(r any) string {
	switch v := r.(type) {
	case error:
		return v.Error()
	case interface{ String() string }:
		return v.String()
	case string:
		return v
	case bool:
		return strconv.FormatBool(v)
	case int:
		return strconv.Itoa(v)
	case int8:
		return strconv.FormatInt(int64(v), 10)
	case int16:
		return strconv.FormatInt(int64(v), 10)
	case int32:
		return strconv.FormatInt(int64(v), 10)
	case int64:
		return strconv.FormatInt(v, 10)
	case uint:
		return strconv.FormatUint(uint64(v), 10)
	case uint8:
		return strconv.FormatUint(uint64(v), 10)
	case uint16:
		return strconv.FormatUint(uint64(v), 10)
	case uint32:
		return strconv.FormatUint(uint64(v), 10)
	case uint64:
		return strconv.FormatUint(v, 10)
	case uintptr:
		return strconv.FormatUint(uint64(v), 10)
	case float32:
		return strconv.FormatFloat(float64(v), 'g', -1, 32)
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	return "(" + typeName(r) + ")"
}

// littleWork is the CPU time below which the program has made too little
// garbage since the last collection to be worth another: at the rates Go
// code allocates, a few hundred kilobytes, under a tenth of the smallest
// heap that starts a collection.
const littleWork = 1e6 // ns

// collect collects the garbage of the tests before and of decoding the
// next one, so that the next test's time does not pay for it; after little
// work it does not, since a forced collection costs the runtime's workers
// on every core milliseconds of CPU time on a busy machine.
func collect() {
	if now := cpuTime(); now < 0 || now-run.collected >= littleWork {
		runtime.GC()
		run.collected = cpuTime()
	}
}

// Generator sends gen.go's tests with SendCase, or with sizes non-nil the
// inputs of those sizes that sized(n) makes, with SendSized.
type Generator func(sizes []int)

// Main runs the program: every test on stdin through test, or with -gen
// or -sized the generator, which is nil in a build without gen.go.
func Main(test Test, generate Generator) {
	if run.err != "" {
		Fatal(run.err)
	}
	if run.gen {
		if generate == nil {
			Fatal("this build has no generator")
		}
		generate(run.sized)
		send([]byte(`{"done":true}`))
		return
	}
	for i, raw := range run.inputs {
		run.test = i
		mark(i)
		best := int64(-1)
		var res []byte
		var spent int64
		// The fields are cut apart once; each call decodes its own values,
		// since a solution may change them.
		in, ok := fields(raw)
		if !ok {
			Fatal("test " + strconv.Itoa(i) + ": not a JSON object of inputs: " + excerpt(raw))
		}
		began := nanotime()
		failed := false
		for r := 0; r < run.repeat || moreCalls(r, spent, began); r++ {
			if run.minNS == 0 {
				collect()
			}
			run.ns = -1
			out, p, err := runOne(test, in)
			if best < 0 || (run.ns >= 0 && run.ns < best) {
				best = run.ns
			}
			spent += max(run.ns, 0)
			if r > 0 {
				continue
			}
			res = result(i, out, err, p)
			if p != nil {
				failed = true
				break
			}
		}
		res = append(res, `,"ns":`...)
		res = append(strconv.AppendInt(res, best, 10), '}')
		if run.begun != i {
			// The test failed before its clock started (decoding its
			// input); the judge still expects it announced.
			announce()
		}
		send(res)
		if failed {
			return
		}
	}
	send([]byte(`{"done":true}`))
}

// result starts a test's result message, without its time and closing
// brace.
func result(i int, out Raw, err error, p *panicked) []byte {
	b := strconv.AppendInt(append([]byte(nil), `{"e":`...), int64(i), 10)
	switch {
	case p != nil:
		b = append(b, `,"panic":`...)
		b = appendString(b, p.msg)
		b = append(b, `,"stack":`...)
		b = appendString(b, p.stack)
	case err != nil:
		b = append(b, `,"err":`...)
		b = appendString(b, err.Error())
	default:
		b = append(b, `,"out":`...)
		b = append(b, out...)
	}
	return b
}

// SendCase sends one of gen.go's tests.
func SendCase(name string, input map[string]any) {
	b, err := appendMap(nil, input)
	if err != nil {
		Fatal("gen.go: case " + strconv.Quote(name) + ": " + err.Error())
	}
	msg := append([]byte(`{"input":`), b...)
	msg = append(msg, `,"name":`...)
	send(append(appendString(msg, name), '}'))
}

// SendSized sends the input of size n that gen.go's sized(n) made.
func SendSized(n int, input map[string]any) {
	SendCase("n="+strconv.Itoa(n), input)
}
