//go:build linux && (amd64 || arm64)

package sandbox

import (
	"fmt"
	"runtime"
	"slices"
	"syscall"
	"unsafe"

	seccomp "github.com/elastic/go-seccomp-bpf"
	"github.com/elastic/go-seccomp-bpf/arch"
	"golang.org/x/net/bpf"
)

// A seccomp filter works on any Linux since 3.5 without privileges (under
// no_new_privs), namespaces or not: it is the layer that still holds where
// namespaces are refused. It refuses, with EPERM, new processes (clone
// without CLONE_THREAD, fork, vfork; clone3 gets ENOSYS), sockets, tracing
// and reading other processes' memory, signals to any process but the
// program itself, resource changes on other processes, mounts, namespaces,
// new sessions and groups, and kernel facilities no solution needs.
// Everything else is allowed: a deny list keeps every Go program working.
// go-seccomp-bpf builds the filter from the names below, which hold for
// amd64 and arm64 only: on 386 and arm, sockets also come through
// socketcall, which they do not name.

// deniedSyscalls are refused with EPERM on every architecture.
var deniedSyscalls = []string{
	"ptrace", "process_vm_readv", "process_vm_writev", "kcmp",
	"pidfd_open", "pidfd_getfd", "pidfd_send_signal", "process_madvise", "process_mrelease",
	"socket",
	"mount", "umount2", "pivot_root", "chroot", "unshare", "setns",
	"open_tree", "move_mount", "fsopen", "fsconfig", "fsmount", "fspick", "mount_setattr",
	"setsid", "setpgid", "tkill",
	"bpf", "perf_event_open", "userfaultfd", "io_uring_setup", "io_uring_enter", "io_uring_register",
	"keyctl", "add_key", "request_key",
	"kexec_load", "kexec_file_load", "init_module", "finit_module", "delete_module",
	"reboot", "swapon", "swapoff", "acct", "syslog", "quotactl",
	"open_by_handle_at", "name_to_handle_at",
	"settimeofday", "clock_settime", "clock_adjtime", "adjtimex",
	"setpriority", "sched_setscheduler", "sched_setparam", "ioprio_set",
	"migrate_pages", "move_pages", "get_robust_list",
	"vhangup", "lookup_dcookie", "fanotify_init",
}

// archDenied are refused with EPERM too, on the architectures that have
// them.
var archDenied = map[string][]string{
	"amd64": {"fork", "vfork", "iopl", "ioperm", "uselib"},
}

// selfOnly are the system calls whose first argument, a PID, must be the
// program's own, or 0 where zeroOK (the caller itself, or its own process
// group, which holds nothing else since the program cannot fork).
var selfOnly = []struct {
	name   string
	zeroOK bool
}{
	{"kill", true},
	{"tgkill", false},
	{"rt_sigqueueinfo", false},
	{"rt_tgsigqueueinfo", false},
	{"prlimit64", true},
	{"sched_setaffinity", true},
}

// policy is the deny list for a process whose PID is self.
func policy(self int) seccomp.Policy {
	conditional := []seccomp.NameWithConditions{{
		// clone: threads only.
		Name: "clone",
		Conditions: seccomp.ArgumentConditions{
			{Argument: 0, Operation: seccomp.BitsNotSet, Value: syscall.CLONE_THREAD},
		},
	}}
	for _, s := range selfOnly {
		c := seccomp.ArgumentConditions{{Argument: 0, Operation: seccomp.NotEqual, Value: uint64(self)}}
		if s.zeroOK {
			c = append(c, seccomp.Condition{Argument: 0, Operation: seccomp.NotEqual, Value: 0})
		}
		conditional = append(conditional, seccomp.NameWithConditions{Name: s.name, Conditions: c})
	}
	return seccomp.Policy{
		DefaultAction: seccomp.ActionAllow,
		Syscalls: []seccomp.SyscallGroup{{
			Names:              slices.Concat(deniedSyscalls, archDenied[runtime.GOARCH]),
			NamesWithCondtions: conditional,
			Action:             seccomp.ActionErrno, // EPERM
		}},
	}
}

// buildFilter is the program for a process whose PID is self:
// go-seccomp-bpf's, behind a guard written by hand for what its policies
// cannot say. A policy lets a system call of a foreign architecture (the
// 32-bit one, through int $0x80 on amd64) through to its default action,
// here "allow", where the guard kills the process; and its errno action
// is always EPERM, where clone3 gets ENOSYS: clone3 passes its flags in
// memory, out of the filter's sight, and ENOSYS sends callers back to
// clone, whose flags it sees.
func buildFilter(self int) ([]bpf.Instruction, error) {
	info, err := arch.GetInfo(runtime.GOARCH)
	if err != nil {
		return nil, err
	}
	p := policy(self)
	body, err := p.Assemble()
	if err != nil {
		return nil, fmt.Errorf("seccomp policy: %w", err)
	}
	const (
		offNr   = 0
		offArch = 4
	)
	guard := []bpf.Instruction{
		bpf.LoadAbsolute{Off: offArch, Size: 4},
		bpf.JumpIf{Cond: bpf.JumpEqual, Val: uint32(info.ID), SkipTrue: 1},
		bpf.RetConstant{Val: uint32(seccomp.ActionKillProcess)},
		bpf.LoadAbsolute{Off: offNr, Size: 4},
		bpf.JumpIf{Cond: bpf.JumpEqual, Val: uint32(info.SyscallNames["clone3"]), SkipFalse: 1},
		bpf.RetConstant{Val: uint32(seccomp.ActionErrno) | uint32(syscall.ENOSYS)},
	}
	return append(guard, body...), nil
}

// installFilter applies the filter to the calling thread, which must have
// no_new_privs set. seccomp.LoadFilter takes a policy, not a program, so
// the guarded program is loaded here.
func installFilter(self int) error {
	insts, err := buildFilter(self)
	if err != nil {
		return err
	}
	raw, err := bpf.Assemble(insts)
	if err != nil {
		return fmt.Errorf("seccomp filter: %w", err)
	}
	f := make([]syscall.SockFilter, len(raw))
	for i, r := range raw {
		f[i] = syscall.SockFilter{Code: r.Op, Jt: r.Jt, Jf: r.Jf, K: r.K}
	}
	prog := syscall.SockFprog{Len: uint16(len(f)), Filter: &f[0]}
	const seccompModeFilter = 2
	if _, _, e := syscall.RawSyscall(syscall.SYS_PRCTL, syscall.PR_SET_SECCOMP, seccompModeFilter, uintptr(unsafe.Pointer(&prog))); e != 0 {
		return fmt.Errorf("prctl(PR_SET_SECCOMP): %w", e)
	}
	return nil
}
