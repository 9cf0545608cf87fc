//go:build ignore

// This file is the judged program's runtime: set-up before any user code,
// the protocol on descriptor 3, and the loop over tests. It is compiled into
// the user's package, so every name starts with _j and every import is
// renamed: nothing here may collide with what a user writes.

package main

import (
	_bufio "bufio"
	_json "encoding/json"
	_fmt "fmt"
	_io "io"
	_os "os"
	_runtime "runtime"
	_debug "runtime/debug"
	_strconv "strconv"
	_strings "strings"
	_syscall "syscall"
	_time "time"
)

// _jState is set up before any user code runs: package variables of the
// first file initialise first, and this file's name sorts first.
var _jState = _jSetup()

type _jConfig struct {
	inputs []_json.RawMessage
	out    *_bufio.Writer
	repeat int
	// minNS: with it, each test's call repeats until its times add up to
	// this much (at most maxRepeats calls), the smallest counting.
	minNS int64
	gen   bool
	// sized are the sizes of the inputs gen.go's sized(n) makes, with -sized.
	sized []int
	start _time.Time
	ns    int64
	op    int
	test  int
	begun int    // the last test announced on the channel
	mark  string // written on stdout and stderr as each test starts
	err   string // a set-up failure, reported once the channel works
}

func _jSetup() *_jConfig {
	c := &_jConfig{repeat: 1, op: -1, begun: -1}
	memMB := 256
	for _, a := range _os.Args[1:] {
		k, v, _ := _strings.Cut(a, "=")
		n, _ := _strconv.Atoi(v)
		switch k {
		case "-repeat":
			c.repeat = max(n, 1)
		case "-mem":
			memMB = n
		case "-gen":
			c.gen = true
		case "-sized":
			c.gen = true
			for _, f := range _strings.Split(v, ",") {
				n, _ := _strconv.Atoi(f)
				c.sized = append(c.sized, n)
			}
		case "-minns":
			c.minNS = int64(n)
		case "-mark":
			c.mark = v
		}
	}
	// Unbounded recursion must end as a stack overflow well before the
	// memory watcher sees the stack as a memory blow-up.
	_debug.SetMaxStack(max(memMB/8, 16) << 20)
	// Collect garbage harder near the limit, so that only live data can
	// exceed it.
	_debug.SetMemoryLimit(int64(memMB) << 20 * 9 / 10)
	_syscall.CloseOnExec(3)
	c.out = _bufio.NewWriterSize(_os.NewFile(3, "judge"), 1<<16)
	if !c.gen {
		in, err := _io.ReadAll(_os.Stdin)
		if err == nil {
			err = _json.Unmarshal(in, &c.inputs)
		}
		if err != nil {
			c.err = "reading tests: " + err.Error()
		}
	}
	return c
}

// _jMaxRepeats and _jRepeatWall bound the calls of one test with -minns:
// each call decodes its input anew, which can cost far more than the call.
const (
	_jMaxRepeats = 16
	_jRepeatWall = 250 * _time.Millisecond
)

// _jMoreCalls reports whether a test measured with -minns calls again
// after r calls that took spent in all: until the calls add up to minns,
// and at least twice unless the first was long, since a first call pays
// for touching its memory's pages, which says nothing of the growth.
func _jMoreCalls(r int, spent int64, began _time.Time) bool {
	if _jState.minNS == 0 || r >= _jMaxRepeats || _time.Since(began) >= _jRepeatWall {
		return false
	}
	return spent < _jState.minNS || (r < 2 && spent < 100_000_000)
}

func _jItoa(n int) string { return _strconv.Itoa(n) }

func _jFatal(msg string) {
	_jSend(map[string]any{"fatal": msg})
	_os.Exit(3)
}

func _jSend(v any) {
	b, err := _json.Marshal(v)
	if err != nil {
		b, _ = _json.Marshal(map[string]any{"fatal": "encoding a message: " + err.Error()})
	}
	_jWrite(b)
}

// _jWrite sends one line on the judge's channel; a channel that fails
// ends the program.
func _jWrite(b []byte) {
	_jState.out.Write(b)
	_jState.out.WriteByte('\n')
	if err := _jState.out.Flush(); err != nil {
		_os.Exit(3)
	}
}

// _jBegin starts a test's clock; the first time for a test it tells the
// judge, which starts its own.
func _jBegin() {
	if _jState.begun != _jState.test {
		_jState.begun = _jState.test
		_jSend(map[string]any{"b": _jState.test})
	}
	if _jState.minNS > 0 {
		// Measuring growth: collect the garbage of decoding the input
		// now, or a cycle it starts would run during the call.
		_runtime.GC()
	}
	_jState.start = _time.Now()
}

func _jEnd() {
	_jState.ns = int64(_time.Since(_jState.start))
}

// _jMark writes the run's mark and the test's number on stdout and
// stderr, so that the judge can show what the test that failed printed.
// It writes on the descriptors themselves: user code may have replaced
// os.Stdout, or closed it.
func _jMark(i int) {
	if _jState.mark == "" {
		return
	}
	b := []byte("\x1e" + _jState.mark + " " + _strconv.Itoa(i) + "\x1e")
	_syscall.Write(1, b)
	_syscall.Write(2, b)
}

// _jPanic is what a test that panicked reports.
type _jPanic struct {
	msg   string
	stack string
}

func _jRunOne(test func(map[string]_json.RawMessage) (any, error), in map[string]_json.RawMessage) (out any, err error, p *_jPanic) {
	defer func() {
		if r := recover(); r != nil {
			if bad, ok := r.(_jBadInput); ok {
				_jFatal("test " + _strconv.Itoa(_jState.test) + ": " + string(bad))
			}
			msg := _fmt.Sprint(r)
			if e, ok := r.(error); ok {
				msg = e.Error()
			}
			if _jState.op >= 0 {
				msg += _fmt.Sprintf(" (during operation %d)", _jState.op)
			}
			p = &_jPanic{msg: msg, stack: string(_debug.Stack())}
		}
	}()
	_jState.op = -1
	out, err = test(in)
	return out, err, nil
}

func _jMain(test func(map[string]_json.RawMessage) (any, error)) {
	if _jState.err != "" {
		_jFatal(_jState.err)
	}
	if _jState.gen {
		_jGenerate()
		return
	}
	for i, raw := range _jState.inputs {
		_jState.test = i
		_jMark(i)
		best := int64(-1)
		var res map[string]any
		var spent int64
		// The fields are cut apart once; each call decodes its own values,
		// since a solution may change them.
		var in map[string]_json.RawMessage
		if err := _json.Unmarshal(raw, &in); err != nil {
			_jFatal(_fmt.Sprintf("test %d: %v", i, err))
		}
		began := _time.Now()
		for r := 0; r < _jState.repeat || _jMoreCalls(r, spent, began); r++ {
			if _jState.minNS == 0 {
				_runtime.GC()
			}
			_jState.ns = -1
			out, err, p := _jRunOne(test, in)
			if best < 0 || (_jState.ns >= 0 && _jState.ns < best) {
				best = _jState.ns
			}
			spent += max(_jState.ns, 0)
			if r > 0 {
				continue
			}
			switch {
			case p != nil:
				res = map[string]any{"e": i, "panic": p.msg, "stack": p.stack}
			case err != nil:
				res = map[string]any{"e": i, "err": err.Error()}
			default:
				res = map[string]any{"e": i, "out": out}
			}
			if p != nil {
				break
			}
		}
		res["ns"] = best
		b, err := _json.Marshal(res)
		if err != nil {
			// A NaN or an infinity, say: the answer has no JSON form.
			b, _ = _json.Marshal(map[string]any{"e": i, "ns": best, "err": "the answer cannot be written as JSON: " + err.Error()})
		}
		if _jState.begun != i {
			// The test failed before its clock started (decoding its
			// input); the judge still expects it announced.
			_jBegin()
		}
		_jWrite(b)
		if res["panic"] != nil {
			return
		}
	}
	_jSend(map[string]any{"done": true})
}
