// Package sandbox runs an untrusted program under limits: wall and CPU
// time, resident memory, output size, processes and threads, an empty
// working folder and a clean environment. On Linux it adds every layer the
// kernel grants without privileges — user, PID, network, IPC and mount
// namespaces with a root holding nothing but the program and its folder,
// Landlock, a seccomp filter — and falls back cleanly where one is refused.
// The program reports on file descriptor 3, a channel its stdout and
// stderr cannot reach.
package sandbox

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"sync"
	"sync/atomic"
	"time"
)

// Limits bound one run. Zero means no limit of that kind.
type Limits struct {
	Wall   time.Duration
	CPU    time.Duration
	Memory int64 // resident bytes, of the program and anything it starts
	Output int64 // bytes on stdout and stderr together
	// Message bounds one line on descriptor 3; zero means DefaultMessage.
	Message int64
}

// DefaultMessage is the longest line on descriptor 3 a run accepts unless
// its limits say otherwise.
const DefaultMessage = 64 << 20

// Fixed bounds every run gets: they stop what no solution needs to do.
const (
	// MaxProcesses bounds the processes a program may have at once, itself
	// included, where the kernel lets it start any.
	MaxProcesses = 16
	// MaxThreads bounds the OS threads of all its processes together.
	MaxThreads = 512
	// MaxFiles bounds what a program may write in its working folder, and
	// MaxFile one file.
	MaxFiles = 64 << 20
	MaxFile  = 16 << 20
)

// Spec is what to run.
type Spec struct {
	Path string
	Args []string
	// Dir is an empty folder of the caller's. The program's working folder
	// is Dir itself, or, in a mount namespace, a fresh folder of its own
	// (Dir is then where its new root is mounted).
	Dir string
	// Env is the program's whole environment, but for HOME and TMPDIR,
	// which name its working folder.
	Env    []string
	Stdin  []byte
	Limits Limits
	// OnMessage receives each line the program writes on descriptor 3, as it
	// arrives. Returning false stops the program.
	OnMessage func(line []byte) bool

	arg0  string       // argv[0]; the base of Path when empty
	probe *probeConfig // see Probe
	// failMount makes the child's mount set-up fail, as a kernel that
	// grants namespaces but not mounts would: tests of the fallback.
	failMount bool
}

// Reason says why a run was stopped before it ended by itself.
type Reason int

// Reasons a run can be stopped.
const (
	NotStopped Reason = iota
	WallLimit
	CPULimit
	MemoryLimit
	OutputLimit
	Stopped  // OnMessage asked to stop
	Canceled // the context ended
	// ProcessLimit: too many processes or threads.
	ProcessLimit
	// FileLimit: too much written to files.
	FileLimit
	// MessageLimit: a line on descriptor 3 longer than Limits.Message.
	MessageLimit
)

func (r Reason) String() string {
	return [...]string{"not stopped", "wall limit", "cpu limit", "memory limit", "output limit",
		"stopped", "canceled", "process limit", "file limit", "message limit"}[r]
}

// Result is what happened.
type Result struct {
	Stop     Reason
	Exited   bool // ended by exit, not by a signal
	ExitCode int
	Signal   string
	Wall     time.Duration
	CPU      time.Duration
	PeakRSS  int64 // bytes
	// Stdout and Stderr are the head of what the program wrote on each:
	// at most keep bytes. When it wrote more, StdoutTail and StderrTail
	// hold the last keep bytes, where the output of the test that failed
	// is.
	Stdout     []byte
	Stderr     []byte
	StdoutTail []byte
	StderrTail []byte
	// OutputBytes counts all the program wrote on stdout and stderr, kept or
	// not.
	OutputBytes int64
	// Processes is the most processes the program had at once, where it
	// could start any.
	Processes int
	// Layers is the isolation the run really had.
	Layers Layers
}

// keep is how much of stdout and stderr is kept for reports.
const keep = 64 << 10

// tick is how often the watcher samples the program.
const tick = 5 * time.Millisecond

// Run runs spec and waits for the program and all its descendants to end.
func Run(ctx context.Context, spec Spec) (*Result, error) {
	prepareJudge()
	var files []*os.File // every pipe end, closed on the way out
	defer func() {
		for _, f := range files {
			f.Close()
		}
	}()
	pipe := func() (r, w *os.File, err error) {
		r, w, err = os.Pipe()
		if err == nil {
			files = append(files, r, w)
		}
		return r, w, err
	}
	resR, resW, err := pipe()
	if err != nil {
		return nil, err
	}
	outR, outW, err := pipe()
	if err != nil {
		return nil, err
	}
	errR, errW, err := pipe()
	if err != nil {
		return nil, err
	}
	inR, inW, err := pipe()
	if err != nil {
		return nil, err
	}
	cmd := &exec.Cmd{Stdin: inR, Stdout: outW, Stderr: errW, ExtraFiles: []*os.File{resW}}
	p, err := start(cmd, &spec)
	if err != nil {
		return nil, err
	}
	defer p.release()
	for _, f := range []*os.File{resW, outW, errW, inR} {
		f.Close()
	}

	r := &run{spec: spec, res: &Result{Layers: p.layers}, p: p}
	start := time.Now()
	var readers sync.WaitGroup
	readers.Add(3)
	go func() {
		defer inW.Close()
		inW.Write(spec.Stdin) // a program that stops reading early is its business
	}()
	go func() { defer readers.Done(); r.readOutput(outR, &r.res.Stdout, &r.res.StdoutTail) }()
	go func() { defer readers.Done(); r.readOutput(errR, &r.res.Stderr, &r.res.StderrTail) }()
	go func() { defer readers.Done(); r.readMessages(resR) }()

	done := make(chan struct{})
	watched := make(chan struct{})
	go func() { defer close(watched); r.watch(ctx, start, done) }()

	st, waitErr := p.wait()
	close(done)
	<-watched
	r.res.Wall = time.Since(start)
	// Whatever the program left behind goes too.
	p.killAll()
	r.waitReaders(&readers, []*os.File{resR, outR, errR})
	r.res.StdoutTail, r.res.StderrTail = lastKept(r.res.StdoutTail), lastKept(r.res.StderrTail)
	if st == nil {
		return nil, waitErr
	}
	r.res.CPU = st.UserTime() + st.SystemTime()
	if r.res.PeakRSS == 0 {
		// Over before the first sample.
		r.res.PeakRSS = p.peakRSS(st)
	}
	r.res.Exited = st.Exited()
	r.res.ExitCode = st.ExitCode()
	r.res.Signal = signalName(st)
	if r.res.Stop == NotStopped && r.res.Signal == "file size limit exceeded" {
		r.res.Stop = FileLimit
	}
	return r.res, nil
}

// waitReaders waits for the output readers, closing the pipes if a
// descendant that escaped the kill still holds them open: once the readers
// have read nothing at readersIdleChecks checks in a row, readersTick
// apart, or at the latest readersMost after the program ended. Counting
// checks rather than time keeps waiting for readers still draining what
// the program wrote (a big answer) on a machine too busy to run them: a
// judge descheduled for seconds makes one check on waking, not many.
func (r *run) waitReaders(wg *sync.WaitGroup, files []*os.File) {
	ch := make(chan struct{})
	go func() { wg.Wait(); close(ch) }()
	tick := time.NewTicker(readersTick)
	defer tick.Stop()
	last, idle, giveUp := r.progress.Load(), 0, time.Now().Add(readersMost)
	for idle < readersIdleChecks && time.Now().Before(giveUp) {
		select {
		case <-ch:
			return
		case <-tick.C:
		}
		if now := r.progress.Load(); now != last {
			last, idle = now, 0
		} else {
			idle++
		}
	}
	for _, f := range files {
		f.Close()
	}
	<-ch
}

// The readers' wait after the program ends: idle for readersIdleChecks
// checks readersTick apart (2 s on an idle machine), or readersMost in all,
// since an escaped process writing without end must not hold the judge.
const (
	readersTick       = 100 * time.Millisecond
	readersIdleChecks = 20
	readersMost       = 30 * time.Second
)

type run struct {
	// progress counts the readers' reads, so that waitReaders can tell
	// readers still draining from pipes held open by an escaped process.
	progress atomic.Int64
	spec     Spec
	p        *process
	mu       sync.Mutex
	res      *Result
	once     sync.Once
}

// stop kills the program for reason; the first reason wins.
func (r *run) stop(reason Reason) {
	r.once.Do(func() {
		r.mu.Lock()
		r.res.Stop = reason
		r.mu.Unlock()
		r.p.killAll()
	})
}

func (r *run) readOutput(f io.Reader, head, tail *[]byte) {
	buf := make([]byte, 32<<10)
	written := 0
	for {
		n, err := f.Read(buf)
		r.progress.Add(1)
		if n > 0 {
			r.mu.Lock()
			if room := keep - len(*head); room > 0 {
				*head = append(*head, buf[:min(n, room)]...)
			}
			written += n
			if written > keep {
				*tail = keepTail(*tail, buf[:n])
			}
			r.res.OutputBytes += int64(n)
			over := r.spec.Limits.Output > 0 && r.res.OutputBytes > r.spec.Limits.Output
			r.mu.Unlock()
			if over {
				r.stop(OutputLimit)
			}
		}
		if err != nil {
			return
		}
	}
}

// keepTail appends b to tail and keeps at least the last keep bytes. It
// trims only once tail is twice that long, so that keeping costs one copy
// per keep bytes read, whatever the size of the reads. The first read to
// pass keep starts the tail, so head and tail overlap and leave no gap.
func keepTail(tail, b []byte) []byte {
	if tail == nil {
		tail = make([]byte, 0, 2*keep+len(b))
	}
	tail = append(tail, b...)
	if len(tail) > 2*keep {
		tail = append(tail[:0], tail[len(tail)-keep:]...)
	}
	return tail
}

// lastKept trims a tail to the last keep bytes.
func lastKept(tail []byte) []byte {
	if len(tail) > keep {
		return tail[len(tail)-keep:]
	}
	return tail
}

func (r *run) readMessages(f io.Reader) {
	limit := r.spec.Limits.Message
	if limit <= 0 {
		limit = DefaultMessage
	}
	br := bufio.NewReaderSize(f, 1<<16)
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		r.progress.Add(1)
		line = append(line, chunk...)
		if int64(len(line)) > limit {
			r.stop(MessageLimit)
			io.Copy(io.Discard, br)
			return
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if len(line) > 0 && err == nil {
			// A message may be the last thing the program does: sample
			// its memory while it is still there.
			r.notePeak(r.p.peak())
			if r.spec.OnMessage != nil && !r.spec.OnMessage(bytes.TrimSuffix(line, []byte("\n"))) {
				r.stop(Stopped)
				io.Copy(io.Discard, br)
				return
			}
		}
		if cap(line) > 1<<20 {
			line = nil // a big answer's buffer goes back to the collector
		}
		line = line[:0]
		if err != nil {
			return
		}
	}
}

// watch enforces the wall, CPU, memory, process and file limits and the
// context.
func (r *run) watch(ctx context.Context, start time.Time, done <-chan struct{}) {
	t := time.NewTicker(tick)
	defer t.Stop()
	var wall <-chan time.Time
	if w := r.spec.Limits.Wall; w > 0 {
		t := time.NewTimer(w - time.Since(start))
		defer t.Stop()
		wall = t.C
	}
	for n := 0; ; n++ {
		select {
		case <-done:
			return
		case <-ctx.Done():
			r.stop(Canceled)
			return
		case <-wall:
			r.stop(WallLimit)
			return
		case <-t.C:
			u := r.p.usage(n)
			r.notePeak(max(u.rss, u.peak))
			r.mu.Lock()
			r.res.Processes = max(r.res.Processes, u.procs)
			r.mu.Unlock()
			l := r.spec.Limits
			switch {
			// Processes first: forked copies share their memory, which
			// the sum counts once per process.
			case u.procs > MaxProcesses || u.threads > MaxThreads:
				r.stop(ProcessLimit)
			case l.Memory > 0 && u.rss > l.Memory:
				r.stop(MemoryLimit)
			case l.CPU > 0 && u.cpu > l.CPU:
				r.stop(CPULimit)
			case u.files > MaxFiles || u.largest > MaxFile:
				r.stop(FileLimit)
			default:
				continue
			}
			return
		}
	}
}

func (r *run) notePeak(rss int64) {
	r.mu.Lock()
	r.res.PeakRSS = max(r.res.PeakRSS, rss)
	r.mu.Unlock()
}

// sample is what the watcher reads of a running program.
type sample struct {
	rss     int64 // now, of all its processes
	peak    int64 // the high-water mark of its first process
	cpu     time.Duration
	procs   int
	threads int
	files   int64 // bytes written in its working folder
	largest int64 // its largest file
}
