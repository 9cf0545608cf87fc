package sandbox

import (
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"
)

// namespaces is 1 while new namespaces work for the child, -1 once the
// kernel refused them (runs fall back to a plain process group), 0 before
// the first try.
var namespaces atomic.Int32

const nsFlags = syscall.CLONE_NEWUSER | syscall.CLONE_NEWPID | syscall.CLONE_NEWNET |
	syscall.CLONE_NEWIPC | syscall.CLONE_NEWUTS | syscall.CLONE_NEWNS

// Environment switches that turn a layer off, for kernels where one
// misbehaves and for tests of the fallbacks.
const (
	envNoNamespaces = "JUDGE_NO_NAMESPACES"
	envNoLandlock   = "JUDGE_NO_LANDLOCK"
	envNoSeccomp    = "JUDGE_NO_SECCOMP"
)

// Resource limits the child sets on itself before it runs the program.
const (
	maxOpen  = 256                // RLIMIT_NOFILE
	maxTasks = 1024               // RLIMIT_NPROC: enforced for users other than root
	workSize = MaxFiles + MaxFile // the tmpfs working folder in a mount namespace: the watcher stops the program first
)

var prepareOnce sync.Once

// prepareJudge makes the judge's own memory unreadable to programs of the
// same user (a solution reading /proc/PID/mem of the judge would find the
// expected outputs): a non-dumpable process can only be traced by one
// holding CAP_SYS_PTRACE.
func prepareJudge() {
	prepareOnce.Do(func() {
		syscall.RawSyscall(syscall.SYS_PRCTL, syscall.PR_SET_DUMPABLE, 0, 0)
	})
}

// process is a started program: the child the judge re-executes itself as
// (see init_linux.go) has set up the isolation and executed the program.
type process struct {
	cmd     *exec.Cmd
	pid     int
	layers  Layers
	ns      bool
	forks   bool   // the program may start processes (no seccomp filter)
	workDir string // the working folder, as the judge reaches it

	mu     sync.Mutex
	seen   map[int]uint64 // descendants seen: pid → start time
	reaped bool
}

func start(cmd *exec.Cmd, spec *Spec) (*process, error) {
	useNS := namespaces.Load() >= 0 && os.Getenv(envNoNamespaces) == ""
	var notes []string
	if os.Getenv(envNoNamespaces) != "" {
		notes = append(notes, "namespaces off ("+envNoNamespaces+")")
	} else if namespaces.Load() < 0 {
		notes = append(notes, "namespaces refused by the kernel")
	}
	for {
		p, err := startChild(cmd, spec, useNS)
		if err == nil {
			p.layers.Notes = append(notes, p.layers.Notes...)
			noteLayers(p.layers)
			return p, nil
		}
		var rf *refusal
		if useNS && errors.As(err, &rf) {
			namespaces.Store(-1)
			notes = append(notes, "namespaces refused by the kernel: "+rf.err.Error())
			useNS = false
			// A used exec.Cmd cannot start again.
			*cmd = exec.Cmd{Stdin: cmd.Stdin, Stdout: cmd.Stdout, Stderr: cmd.Stderr, ExtraFiles: cmd.ExtraFiles[:1]}
			continue
		}
		return nil, err
	}
}

// startChild starts the child and waits until it has executed the program
// or failed to set up.
func startChild(cmd *exec.Cmd, spec *Spec, useNS bool) (*process, error) {
	arg0 := spec.arg0
	if arg0 == "" {
		arg0 = filepath.Base(spec.Path)
	}
	path, err := filepath.Abs(spec.Path)
	if err != nil {
		return nil, err
	}
	dir, err := filepath.Abs(spec.Dir)
	if err != nil {
		return nil, err
	}
	cfg := initConfig{
		Path:      path,
		Argv:      append([]string{arg0}, spec.Args...),
		Env:       spec.Env,
		Dir:       dir,
		Mount:     useNS,
		Landlock:  os.Getenv(envNoLandlock) == "",
		Seccomp:   os.Getenv(envNoSeccomp) == "",
		Limits:    rlimits(spec.Limits),
		Probe:     spec.probe,
		FailMount: spec.failMount,
	}
	b, err := json.Marshal(cfg)
	if err != nil {
		return nil, err
	}
	statusR, statusW, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	defer statusR.Close()
	cmd.Path = "/proc/self/exe"
	cmd.Args = []string{initArg0, string(b)}
	cmd.Env = []string{}
	cmd.Dir = dir
	cmd.ExtraFiles = append(cmd.ExtraFiles[:1], statusW)
	attr := &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if useNS {
		attr.Cloneflags = nsFlags
		attr.UidMappings = []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Getuid(), Size: 1}}
		attr.GidMappings = []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Getgid(), Size: 1}}
		attr.GidMappingsEnableSetgroups = false
		cmd.Dir = "/"
	}
	cmd.SysProcAttr = attr
	// Pdeathsig fires when the thread that started the child exits, not
	// the process (golang/go#27505): keep this goroutine on its thread
	// until the child is reaped.
	runtime.LockOSThread()
	err = cmd.Start()
	statusW.Close()
	if err != nil {
		runtime.UnlockOSThread()
		if useNS && refused(err) {
			return nil, &refusal{err}
		}
		return nil, err
	}
	p := &process{cmd: cmd, pid: cmd.Process.Pid, ns: useNS, seen: map[int]uint64{}, workDir: dir}
	if useNS {
		// Its own tmpfs, seen through its root.
		p.workDir = "/proc/" + strconv.Itoa(p.pid) + "/root/work"
	}
	// The status pipe closes when the child executes the program (it is
	// close-on-exec there) or dies; before that it says what it set up.
	timer := time.AfterFunc(30*time.Second, func() { syscall.Kill(p.pid, syscall.SIGKILL) })
	status, _ := io.ReadAll(statusR)
	timer.Stop()
	p.layers.Namespaces = useNS
	var setupErr string
	ready := false
	for _, line := range strings.Split(strings.TrimSpace(string(status)), "\n") {
		kind, rest, _ := strings.Cut(line, " ")
		switch kind {
		case "landlock":
			p.layers.Landlock, _ = strconv.Atoi(rest)
		case "seccomp":
			p.layers.Seccomp = true
		case "note":
			p.layers.Notes = append(p.layers.Notes, rest)
		case "error":
			setupErr = rest
		case "ready":
			ready = true
		}
	}
	p.forks = !p.layers.Seccomp
	if setupErr != "" || !ready {
		st, _ := p.wait()
		p.release()
		if setupErr == "" {
			setupErr = "the sandbox's child died before it ran the program (" + describeState(st) + ")"
		}
		if useNS && strings.HasPrefix(setupErr, "mount") {
			return nil, &refusal{errors.New(setupErr)}
		}
		return nil, errors.New("sandbox: " + setupErr)
	}
	if useNS {
		namespaces.Store(1)
	}
	if v := addressLimit(spec.Limits); v > 0 {
		prlimit(p.pid, syscall.RLIMIT_AS, v)
	}
	return p, nil
}

// refusal is a namespace the kernel refused: the program never ran, and a
// run without namespaces may succeed.
type refusal struct{ err error }

func (r *refusal) Error() string { return "namespaces refused: " + r.err.Error() }

func describeState(st *os.ProcessState) string {
	if st == nil {
		return "not started"
	}
	return st.String()
}

// refused reports whether err is the kernel declining namespaces (as
// AppArmor, seccomp or a sysctl may), rather than a failure to start.
func refused(err error) bool {
	for _, e := range []error{syscall.EPERM, syscall.EINVAL, syscall.ENOSPC, syscall.EACCES, syscall.EUSERS, syscall.ENOSYS} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

// rlimits are the backstops the watcher should never need, which the
// child sets on itself: CPU seconds; no core files; bounded files,
// descriptors and tasks.
func rlimits(l Limits) []initLimit {
	out := []initLimit{
		{syscall.RLIMIT_CORE, 0},
		{rlimitFsize, MaxFile + 1<<20}, // the watcher stops the program first
		{syscall.RLIMIT_NOFILE, maxOpen},
		{rlimitNproc, maxTasks},
	}
	if l.CPU > 0 {
		out = append(out, initLimit{syscall.RLIMIT_CPU, uint64(l.CPU/time.Second) + 2})
	}
	return out
}

// addressLimit is the address-space backstop, set on the program once it
// runs.
func addressLimit(l Limits) uint64 {
	if l.Memory <= 0 {
		return 0
	}
	return uint64(max(l.Memory*16, 8<<30))
}

func prlimit(pid, resource int, v uint64) {
	lim := syscall.Rlimit{Cur: v, Max: v}
	syscall.RawSyscall6(syscall.SYS_PRLIMIT64, uintptr(pid), uintptr(resource), uintptr(unsafe.Pointer(&lim)), 0, 0, 0)
}

const (
	rlimitFsize = 1
	rlimitNproc = 6
)

func (p *process) wait() (*os.ProcessState, error) {
	err := p.cmd.Wait()
	p.mu.Lock()
	p.reaped = true
	p.mu.Unlock()
	return p.cmd.ProcessState, err
}

func (p *process) release() { runtime.UnlockOSThread() }

// killAll kills the program and everything it started. In a PID namespace
// killing its first process takes the namespace down. Elsewhere, where the
// program may start processes, the tree is stopped first (a stopped
// process cannot fork), walked until no new process appears, and killed;
// the program is a child subreaper, so a descendant that called setsid
// stays in the tree while the program lives, and one seen before is killed
// even after it was reparented.
func (p *process) killAll() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.reaped {
		if p.ns || !p.forks {
			syscall.Kill(-p.pid, syscall.SIGKILL)
			syscall.Kill(p.pid, syscall.SIGKILL)
			return
		}
		syscall.Kill(-p.pid, syscall.SIGSTOP)
		syscall.Kill(p.pid, syscall.SIGSTOP)
		for range 100 {
			if p.walk(true) == 0 {
				break
			}
		}
		syscall.Kill(-p.pid, syscall.SIGKILL)
		syscall.Kill(p.pid, syscall.SIGKILL)
	}
	for pid, started := range p.seen {
		if st, ok := readStat(pid); ok && st.start == started {
			syscall.Kill(pid, syscall.SIGKILL)
		}
	}
}

// walk records the program's descendants, stopping the new ones when
// freeze is set, and returns how many it had not seen before. p.mu is
// held.
func (p *process) walk(freeze bool) int {
	fresh := 0
	queue := []int{p.pid}
	for len(queue) > 0 {
		pid := queue[0]
		queue = queue[1:]
		for _, c := range children(pid) {
			if _, ok := p.seen[c]; ok {
				queue = append(queue, c)
				continue
			}
			st, ok := readStat(c)
			if !ok {
				continue
			}
			if freeze {
				syscall.Kill(c, syscall.SIGSTOP)
			}
			p.seen[c] = st.start
			fresh++
			queue = append(queue, c)
		}
	}
	return fresh
}

// usage samples the program: the first process every tick; where it may
// start processes, its whole tree; where its working folder is on disk,
// what it wrote there, every tenth tick.
func (p *process) usage(n int) sample {
	st, _ := readStat(p.pid)
	s := sample{rss: st.rss, peak: p.peak(), cpu: st.cpu, procs: 1, threads: st.threads}
	if p.forks {
		p.mu.Lock()
		if !p.reaped {
			p.walk(false)
		}
		for pid, started := range p.seen {
			if d, ok := readStat(pid); ok && d.start == started && d.state != 'Z' {
				s.rss += d.rss
				s.threads += d.threads
				s.procs++
			}
		}
		p.mu.Unlock()
	}
	if n%10 == 0 {
		s.files, s.largest = dirSize(p.workDir, MaxFiles+1)
	}
	return s
}

// peak is the high-water mark of the program's resident memory so far:
// what the watcher cannot miss between two samples. Unlike the peak in the
// rusage of its exit, it does not count the judge's own binary that ran
// in the process before the program.
func (p *process) peak() int64 {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(p.pid) + "/status")
	if err != nil {
		return 0
	}
	_, after, ok := strings.Cut(string(b), "\nVmHWM:")
	if !ok {
		return 0
	}
	f := strings.Fields(after)
	if len(f) == 0 {
		return 0
	}
	kb, _ := strconv.ParseInt(f[0], 10, 64)
	return kb << 10
}

// peakRSS is the rusage's peak, for a run over before its first sample:
// it counts the set-up before the program too.
func (p *process) peakRSS(st *os.ProcessState) int64 {
	if ru, ok := st.SysUsage().(*syscall.Rusage); ok {
		return int64(ru.Maxrss) << 10
	}
	return 0
}

func signalName(st *os.ProcessState) string {
	if ws, ok := st.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return ws.Signal().String()
	}
	return ""
}

// dirSize adds up the sizes of the files under dir, stopping once past
// limit, and returns the largest too.
func dirSize(dir string, limit int64) (total, largest int64) {
	filepath.WalkDir(dir, func(_ string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if info, err := d.Info(); err == nil && !d.IsDir() {
			total += info.Size()
			largest = max(largest, info.Size())
		}
		if total > limit {
			return filepath.SkipAll
		}
		return nil
	})
	return total, largest
}
