//go:build linux

package sandbox

// Linux system call numbers the seccomp filter names, on amd64.
const (
	auditArch = 0xc000003e // AUDIT_ARCH_X86_64
	// x32ABI marks x32 system calls, which the filter refuses outright
	// lest they slip past the numbers below.
	x32ABI = 0x40000000

	sysClone           = 56
	sysKill            = 62
	sysTgkill          = 234
	sysRtSigqueueinfo  = 129
	sysRtTgsigqueue    = 297
	sysPrlimit64       = 302
	sysSchedSetaffinit = 203
)

// archDenied are refused with EPERM: processes, tracing, sockets, mounts,
// namespaces, sessions, kernel facilities no solution needs.
var archDenied = []uint32{
	57, 58, // fork, vfork
	101, 310, 311, 312, // ptrace, process_vm_readv, process_vm_writev, kcmp
	41,                      // socket
	165, 166, 155, 161, 272, // mount, umount2, pivot_root, chroot, unshare
	308, 112, 109, // setns, setsid, setpgid
	200,           // tkill
	321, 298, 323, // bpf, perf_event_open, userfaultfd
	250, 248, 249, // keyctl, add_key, request_key
	246, 320, 175, 313, 176, // kexec_load, kexec_file_load, init_module, finit_module, delete_module
	169, 167, 168, 163, 103, 179, // reboot, swapon, swapoff, acct, syslog, quotactl
	304, 303, 172, 173, // open_by_handle_at, name_to_handle_at, iopl, ioperm
	164, 227, 305, 159, // settimeofday, clock_settime, clock_adjtime, adjtimex
	141, 144, 142, 251, // setpriority, sched_setscheduler, sched_setparam, ioprio_set
	256, 279, 274, // migrate_pages, move_pages, get_robust_list
	153, 212, 300, 134, // vhangup, lookup_dcookie, fanotify_init, uselib
}
