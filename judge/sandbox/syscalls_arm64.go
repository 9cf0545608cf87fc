//go:build linux

package sandbox

// Linux system call numbers the seccomp filter names, on arm64.
const (
	auditArch = 0xc00000b7 // AUDIT_ARCH_AARCH64
	x32ABI    = 0          // no second ABI to refuse

	sysClone           = 220
	sysKill            = 129
	sysTgkill          = 131
	sysRtSigqueueinfo  = 138
	sysRtTgsigqueue    = 240
	sysPrlimit64       = 261
	sysSchedSetaffinit = 122
)

// archDenied are refused with EPERM: processes, tracing, sockets, mounts,
// namespaces, sessions, kernel facilities no solution needs.
var archDenied = []uint32{
	117, 270, 271, 272, // ptrace, process_vm_readv, process_vm_writev, kcmp
	198,                // socket
	40, 39, 41, 51, 97, // mount, umount2, pivot_root, chroot, unshare
	268, 157, 154, // setns, setsid, setpgid
	130,           // tkill
	280, 241, 282, // bpf, perf_event_open, userfaultfd
	219, 217, 218, // keyctl, add_key, request_key
	104, 294, 105, 273, 106, // kexec_load, kexec_file_load, init_module, finit_module, delete_module
	142, 224, 225, 89, 116, 60, // reboot, swapon, swapoff, acct, syslog, quotactl
	265, 264, // open_by_handle_at, name_to_handle_at
	170, 112, 266, 171, // settimeofday, clock_settime, clock_adjtime, adjtimex
	140, 119, 118, 30, // setpriority, sched_setscheduler, sched_setparam, ioprio_set
	238, 239, 100, // migrate_pages, move_pages, get_robust_list
	58, 18, 262, // vhangup, lookup_dcookie, fanotify_init
}
