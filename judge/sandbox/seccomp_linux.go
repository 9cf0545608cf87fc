//go:build linux && (amd64 || arm64)

package sandbox

import (
	"fmt"
	"syscall"
	"unsafe"
)

// A seccomp filter works on any Linux since 3.5 without privileges (under
// no_new_privs), namespaces or not: it is the layer that still holds where
// namespaces are refused. It refuses, with EPERM, new processes (clone
// without CLONE_THREAD, fork, vfork; clone3 gets ENOSYS), sockets, tracing
// and reading other processes' memory, signals to any process but the
// program itself, resource changes on other processes, mounts, namespaces,
// new sessions and groups, and kernel facilities no solution needs.
// Everything else is allowed: a deny list keeps every Go program working.

// Numbers shared by all architectures (system calls added since 5.1).
var commonDenied = []uint32{
	424,           // pidfd_send_signal
	425, 426, 427, // io_uring_setup, io_uring_enter, io_uring_register
	428, 429, 430, 431, 432, 433, // open_tree, move_mount, fsopen, fsconfig, fsmount, fspick
	434, 438, 440, 442, 448, // pidfd_open, pidfd_getfd, process_madvise, mount_setattr, process_mrelease
}

const sysClone3 = 435

const (
	bpfLdW   = syscall.BPF_LD | syscall.BPF_W | syscall.BPF_ABS
	bpfJeq   = syscall.BPF_JMP | syscall.BPF_JEQ | syscall.BPF_K
	bpfJge   = syscall.BPF_JMP | syscall.BPF_JGE | syscall.BPF_K
	bpfJset  = syscall.BPF_JMP | syscall.BPF_JSET | syscall.BPF_K
	bpfRet   = syscall.BPF_RET | syscall.BPF_K
	retAllow = 0x7fff0000
	retErrno = 0x00050000
	retKill  = 0x80000000 // SECCOMP_RET_KILL_PROCESS

	offNr   = 0
	offArch = 4
	offArgs = 16 // args[i] at 16+8i; on little-endian machines its low half first

	seccompModeFilter = 2
)

type filter []syscall.SockFilter

func (f *filter) op(code uint16, k uint32, jt, jf uint8) {
	*f = append(*f, syscall.SockFilter{Code: code, Jt: jt, Jf: jf, K: k})
}

// deny returns errno for system call nr. The accumulator holds nr.
func (f *filter) deny(nr uint32, errno syscall.Errno) {
	f.op(bpfJeq, nr, 0, 1)
	f.op(bpfRet, retErrno|uint32(errno), 0, 0)
}

// selfOnly lets nr through only when its argument arg (a PID) is the
// program's own, or 0 where zeroOK (the caller itself, or its own process
// group, which holds nothing else since the program cannot fork).
func (f *filter) selfOnly(nr uint32, arg int, self uint32, zeroOK bool) {
	zero := uint32(0)
	if !zeroOK {
		zero = self // the same test again: never true here
	}
	f.op(bpfJeq, nr, 0, 5)
	f.op(bpfLdW, uint32(offArgs+8*arg), 0, 0)
	f.op(bpfJeq, self, 2, 0)
	f.op(bpfJeq, zero, 1, 0)
	f.op(bpfRet, retErrno|uint32(syscall.EPERM), 0, 0)
	f.op(bpfRet, retAllow, 0, 0)
}

// buildFilter is the program for a process whose PID is self.
func buildFilter(self int) filter {
	var f filter
	f.op(bpfLdW, offArch, 0, 0)
	f.op(bpfJeq, auditArch, 1, 0)
	f.op(bpfRet, retKill, 0, 0)
	f.op(bpfLdW, offNr, 0, 0)
	if x32ABI != 0 {
		f.op(bpfJge, x32ABI, 0, 1)
		f.op(bpfRet, retErrno|uint32(syscall.EPERM), 0, 0)
	}
	for _, nr := range archDenied {
		f.deny(nr, syscall.EPERM)
	}
	for _, nr := range commonDenied {
		f.deny(nr, syscall.EPERM)
	}
	// clone3 passes its flags in memory, out of the filter's sight: ENOSYS
	// sends callers back to clone, whose flags it sees.
	f.deny(sysClone3, syscall.ENOSYS)
	// clone: threads only.
	f.op(bpfJeq, sysClone, 0, 4)
	f.op(bpfLdW, offArgs, 0, 0)
	f.op(bpfJset, syscall.CLONE_THREAD, 1, 0)
	f.op(bpfRet, retErrno|uint32(syscall.EPERM), 0, 0)
	f.op(bpfRet, retAllow, 0, 0)
	me := uint32(self)
	f.selfOnly(sysKill, 0, me, true)
	f.selfOnly(sysTgkill, 0, me, false)
	f.selfOnly(sysRtSigqueueinfo, 0, me, false)
	f.selfOnly(sysRtTgsigqueue, 0, me, false)
	f.selfOnly(sysPrlimit64, 0, me, true)
	f.selfOnly(sysSchedSetaffinit, 0, me, true)
	f.op(bpfRet, retAllow, 0, 0)
	return f
}

// installFilter applies the filter to the calling thread, which must have
// no_new_privs set.
func installFilter(self int) error {
	f := buildFilter(self)
	prog := syscall.SockFprog{Len: uint16(len(f)), Filter: &f[0]}
	if _, _, e := syscall.RawSyscall(syscall.SYS_PRCTL, syscall.PR_SET_SECCOMP, seccompModeFilter, uintptr(unsafe.Pointer(&prog))); e != 0 {
		return fmt.Errorf("prctl(PR_SET_SECCOMP): %w", e)
	}
	return nil
}
