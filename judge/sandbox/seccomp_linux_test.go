//go:build linux && (amd64 || arm64)

package sandbox

import (
	"encoding/binary"
	"fmt"
	"runtime"
	"slices"
	"syscall"
	"testing"

	seccomp "github.com/elastic/go-seccomp-bpf"
	"github.com/elastic/go-seccomp-bpf/arch"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/bpf"
)

// TestSyscallNamesKnown: every name the filter uses is in go-seccomp-bpf's
// table of each architecture it is built for, so that a name missing on
// arm64 shows on an amd64 machine too.
func TestSyscallNamesKnown(t *testing.T) {
	for _, goarch := range []string{"amd64", "arm64"} {
		t.Run(goarch, func(t *testing.T) {
			info, err := arch.GetInfo(goarch)
			if err != nil {
				t.Fatal(err)
			}
			names := slices.Concat(deniedSyscalls, archDenied[goarch], []string{"clone", "clone3"})
			for _, s := range selfOnly {
				names = append(names, s.name)
			}
			for _, name := range names {
				if _, ok := info.SyscallNames[name]; !ok {
					t.Errorf("%s: no system call %q", goarch, name)
				}
			}
		})
	}
}

// TestFilter runs the filter in a BPF interpreter over system calls a
// program makes, an escape would try, and the guard written by hand
// catches.
func TestFilter(t *testing.T) {
	const self = 4242
	info, err := arch.GetInfo(runtime.GOARCH)
	if err != nil {
		t.Fatal(err)
	}
	insts, err := buildFilter(self)
	if err != nil {
		t.Fatal(err)
	}
	vm, err := bpf.NewVM(insts)
	if err != nil {
		t.Fatal(err)
	}
	const (
		auditArchI386 = 0x40000003
		x32Bit        = 0x40000000
		minusOne      = ^uint64(0)
		threadFlags   = syscall.CLONE_VM | syscall.CLONE_FS | syscall.CLONE_FILES | syscall.CLONE_SIGHAND |
			syscall.CLONE_SYSVSEM | syscall.CLONE_THREAD
	)
	nr := func(name string) uint32 {
		n, ok := info.SyscallNames[name]
		if !ok {
			t.Fatalf("no system call %q on %s", name, info.Name)
		}
		return uint32(n)
	}
	native := uint32(info.ID)
	type filterCase struct {
		name string
		arch uint32
		nr   uint32
		arg0 uint64
		want string
	}
	tests := []filterCase{
		{"read", native, nr("read"), 0, "allow"},
		{"mmap", native, nr("mmap"), 0, "allow"},
		{"a thread", native, nr("clone"), threadFlags, "allow"},
		{"a process", native, nr("clone"), uint64(syscall.SIGCHLD), "EPERM"},
		{"clone3, whose flags it cannot see", native, nr("clone3"), 0, "ENOSYS"},
		{"kill itself", native, nr("kill"), self, "allow"},
		{"kill its group", native, nr("kill"), 0, "allow"},
		{"kill another", native, nr("kill"), self + 1, "EPERM"},
		{"kill everything", native, nr("kill"), minusOne, "EPERM"},
		{"kill beyond 32 bits", native, nr("kill"), 1<<32 | self + 1, "EPERM"},
		{"tgkill its threads", native, nr("tgkill"), self, "allow"},
		{"tgkill group 0", native, nr("tgkill"), 0, "EPERM"},
		{"prlimit64 itself", native, nr("prlimit64"), 0, "allow"},
		{"prlimit64 another", native, nr("prlimit64"), self + 1, "EPERM"},
		{"a 32-bit system call", auditArchI386, 20, 0, "kill"},
		{"another architecture", 0, nr("read"), 0, "kill"},
	}
	if runtime.GOARCH == "amd64" {
		tests = append(tests, filterCase{"an x32 system call", native, x32Bit | nr("read"), 0, "ENOSYS"})
	}
	for _, name := range slices.Concat(deniedSyscalls, archDenied[runtime.GOARCH]) {
		tests = append(tests, filterCase{name, native, nr(name), 0, "EPERM"})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ret, err := vm.Run(seccompData(tt.nr, tt.arch, tt.arg0))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, action(uint32(ret))); diff != "" {
				t.Errorf("action (-want +got):\n%s", diff)
			}
		})
	}
}

// action names a filter's return value.
func action(ret uint32) string {
	switch ret {
	case uint32(seccomp.ActionAllow):
		return "allow"
	case uint32(seccomp.ActionKillProcess):
		return "kill"
	case uint32(seccomp.ActionErrno) | uint32(syscall.EPERM):
		return "EPERM"
	case uint32(seccomp.ActionErrno) | uint32(syscall.ENOSYS):
		return "ENOSYS"
	}
	return fmt.Sprintf("%#x", ret)
}

// seccompData is the struct seccomp_data a filter reads, laid out as the
// interpreter reads it: each 32-bit word big-endian, and a 64-bit argument
// low half first, as the kernel lays it out on amd64 and arm64.
func seccompData(nr, auditArch uint32, arg0 uint64) []byte {
	b := make([]byte, 64)
	binary.BigEndian.PutUint32(b[0:], nr)
	binary.BigEndian.PutUint32(b[4:], auditArch)
	binary.BigEndian.PutUint32(b[16:], uint32(arg0))
	binary.BigEndian.PutUint32(b[20:], uint32(arg0>>32))
	return b
}
