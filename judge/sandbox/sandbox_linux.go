package sandbox

import (
	"errors"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"
)

// namespaces is 1 while new user, PID, network and IPC namespaces work for
// the child, -1 once the kernel refused them (the run falls back to a plain
// process group), 0 before the first try.
var namespaces atomic.Int32

const nsFlags = syscall.CLONE_NEWUSER | syscall.CLONE_NEWPID | syscall.CLONE_NEWNET | syscall.CLONE_NEWIPC | syscall.CLONE_NEWUTS

func startIsolated(cmd *exec.Cmd) error {
	base := syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if namespaces.Load() >= 0 && os.Getenv("JUDGE_NO_NAMESPACES") == "" {
		attr := base
		attr.Cloneflags = nsFlags
		attr.UidMappings = []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Getuid(), Size: 1}}
		attr.GidMappings = []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Getgid(), Size: 1}}
		attr.GidMappingsEnableSetgroups = false
		cmd.SysProcAttr = &attr
		err := cmd.Start()
		if err == nil {
			namespaces.Store(1)
			return nil
		}
		if !refused(err) {
			return err
		}
		namespaces.Store(-1)
		cmd.Process = nil
	}
	cmd.SysProcAttr = &base
	return cmd.Start()
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

// Isolation describes the isolation runs get, for `judge doctor` and
// reports; it is known after the first run.
func Isolation() string {
	switch namespaces.Load() {
	case 1:
		return "user, PID, network and IPC namespaces; process group; rlimits; memory watch"
	case -1:
		return "process group; rlimits; memory watch (namespaces refused by the kernel)"
	}
	return "not yet known"
}

func killGroup(pid int) {
	syscall.Kill(-pid, syscall.SIGKILL)
	syscall.Kill(pid, syscall.SIGKILL)
}

type rlimit struct{ cur, max uint64 }

func prlimit(pid, resource int, v uint64) {
	lim := rlimit{v, v}
	syscall.RawSyscall6(syscall.SYS_PRLIMIT64, uintptr(pid), uintptr(resource), uintptr(unsafe.Pointer(&lim)), 0, 0, 0)
}

// setLimits sets backstops the watcher should never need: CPU seconds, and
// an address-space ceiling far above the memory limit, since Go reserves
// much more address space than it uses.
func setLimits(pid int, l Limits) {
	if l.CPU > 0 {
		prlimit(pid, syscall.RLIMIT_CPU, uint64(l.CPU/time.Second)+2)
	}
	if l.Memory > 0 {
		prlimit(pid, syscall.RLIMIT_AS, uint64(max(l.Memory*16, 8<<30)))
	}
	prlimit(pid, syscall.RLIMIT_CORE, 0)
}

var pageSize = int64(os.Getpagesize())

const ticksPerSecond = 100 // USER_HZ, fixed at 100 on Linux's ABI

// usage reads the process's resident memory and CPU time from /proc.
func usage(pid int) (rss int64, cpu time.Duration) {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0, 0
	}
	s := string(b)
	// Fields after the command name, which may hold spaces, in parentheses.
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return 0, 0
	}
	f := strings.Fields(s[i+1:])
	if len(f) < 22 {
		return 0, 0
	}
	ut, _ := strconv.ParseInt(f[11], 10, 64)
	st, _ := strconv.ParseInt(f[12], 10, 64)
	pages, _ := strconv.ParseInt(f[21], 10, 64)
	return pages * pageSize, time.Duration(ut+st) * time.Second / ticksPerSecond
}

func peakRSS(st *os.ProcessState) int64 {
	if ru, ok := st.SysUsage().(*syscall.Rusage); ok {
		return ru.Maxrss << 10
	}
	return 0
}

func signalName(st *os.ProcessState) string {
	if ws, ok := st.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return ws.Signal().String()
	}
	return ""
}
