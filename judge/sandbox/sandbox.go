// Package sandbox runs an untrusted program under limits: wall and CPU
// time, resident memory, output size, an empty working folder, a clean
// environment, its own process group, and on Linux its own user, PID and
// network namespaces where the kernel grants them. The program reports on
// file descriptor 3, a channel its stdout and stderr cannot reach.
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
	"time"
)

// Limits bound one run. Zero means no limit of that kind.
type Limits struct {
	Wall   time.Duration
	CPU    time.Duration
	Memory int64 // resident bytes
	Output int64 // bytes on stdout and stderr together
}

// Spec is what to run.
type Spec struct {
	Path   string
	Args   []string
	Dir    string // an empty folder of the caller's
	Env    []string
	Stdin  []byte
	Limits Limits
	// OnMessage receives each line the program writes on descriptor 3, as it
	// arrives. Returning false stops the program.
	OnMessage func(line []byte) bool
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
)

func (r Reason) String() string {
	return [...]string{"not stopped", "wall limit", "cpu limit", "memory limit", "output limit", "stopped", "canceled"}[r]
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
	Stdout   []byte
	Stderr   []byte
	// OutputBytes counts all the program wrote on stdout and stderr, kept or
	// not.
	OutputBytes int64
}

// keep is how much of stdout and stderr is kept for reports.
const keep = 64 << 10

// maxMessage bounds one line on descriptor 3.
const maxMessage = 256 << 20

// Run runs spec and waits for the program and all its descendants to end.
func Run(ctx context.Context, spec Spec) (*Result, error) {
	resR, resW, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	outR, outW, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	errR, errW, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	inR, inW, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(spec.Path, spec.Args...)
	cmd.Dir = spec.Dir
	cmd.Env = spec.Env
	if cmd.Env == nil {
		cmd.Env = []string{}
	}
	cmd.Stdin, cmd.Stdout, cmd.Stderr = inR, outW, errW
	cmd.ExtraFiles = []*os.File{resW}

	r := &run{spec: spec, res: &Result{}}
	start := time.Now()
	if err := startIsolated(cmd); err != nil {
		for _, f := range []*os.File{resR, resW, outR, outW, errR, errW, inR, inW} {
			f.Close()
		}
		return nil, err
	}
	r.pid = cmd.Process.Pid
	for _, f := range []*os.File{resW, outW, errW, inR} {
		f.Close()
	}
	setLimits(r.pid, spec.Limits)

	var readers sync.WaitGroup
	readers.Add(3)
	go func() {
		defer inW.Close()
		inW.Write(spec.Stdin) // a program that stops reading early is its business
	}()
	go func() { defer readers.Done(); r.readOutput(outR, &r.res.Stdout) }()
	go func() { defer readers.Done(); r.readOutput(errR, &r.res.Stderr) }()
	go func() { defer readers.Done(); r.readMessages(resR) }()

	done := make(chan struct{})
	go r.watch(ctx, start, done)

	waitErr := cmd.Wait()
	close(done)
	r.res.Wall = time.Since(start)
	// The whole group goes, whatever the program left behind.
	killGroup(r.pid)
	waitReaders(&readers, []*os.File{resR, outR, errR})
	st := cmd.ProcessState
	if st == nil {
		return nil, waitErr
	}
	r.res.CPU = st.UserTime() + st.SystemTime()
	r.res.PeakRSS = max(r.res.PeakRSS, peakRSS(st))
	r.res.Exited = st.Exited()
	r.res.ExitCode = st.ExitCode()
	r.res.Signal = signalName(st)
	return r.res, nil
}

// waitReaders waits for the output readers, closing the pipes if a
// descendant that escaped the kill still holds them open.
func waitReaders(wg *sync.WaitGroup, files []*os.File) {
	ch := make(chan struct{})
	go func() { wg.Wait(); close(ch) }()
	select {
	case <-ch:
	case <-time.After(2 * time.Second):
		for _, f := range files {
			f.Close()
		}
		<-ch
	}
	for _, f := range files {
		f.Close()
	}
}

type run struct {
	spec Spec
	pid  int
	mu   sync.Mutex
	res  *Result
	once sync.Once
}

// stop kills the program for reason; the first reason wins.
func (r *run) stop(reason Reason) {
	r.once.Do(func() {
		r.mu.Lock()
		r.res.Stop = reason
		r.mu.Unlock()
		killGroup(r.pid)
	})
}

func (r *run) readOutput(f io.Reader, into *[]byte) {
	buf := make([]byte, 32<<10)
	for {
		n, err := f.Read(buf)
		if n > 0 {
			r.mu.Lock()
			if room := keep - len(*into); room > 0 {
				*into = append(*into, buf[:min(n, room)]...)
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

func (r *run) readMessages(f io.Reader) {
	br := bufio.NewReaderSize(f, 1<<16)
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		line = append(line, chunk...)
		if len(line) > maxMessage {
			r.stop(OutputLimit)
			io.Copy(io.Discard, br)
			return
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if len(line) > 0 && err == nil {
			if r.spec.OnMessage != nil && !r.spec.OnMessage(bytes.TrimSuffix(line, []byte("\n"))) {
				r.stop(Stopped)
				io.Copy(io.Discard, br)
				return
			}
		}
		line = line[:0]
		if err != nil {
			return
		}
	}
}

// watch enforces the wall, CPU and memory limits and the context.
func (r *run) watch(ctx context.Context, start time.Time, done <-chan struct{}) {
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	var wall <-chan time.Time
	if w := r.spec.Limits.Wall; w > 0 {
		t := time.NewTimer(w - time.Since(start))
		defer t.Stop()
		wall = t.C
	}
	for {
		select {
		case <-done:
			return
		case <-ctx.Done():
			r.stop(Canceled)
			return
		case <-wall:
			r.stop(WallLimit)
			return
		case <-tick.C:
			rss, cpu := usage(r.pid)
			r.mu.Lock()
			r.res.PeakRSS = max(r.res.PeakRSS, rss)
			r.mu.Unlock()
			if m := r.spec.Limits.Memory; m > 0 && rss > m {
				r.stop(MemoryLimit)
				return
			}
			if c := r.spec.Limits.CPU; c > 0 && cpu > c {
				r.stop(CPULimit)
				return
			}
		}
	}
}
