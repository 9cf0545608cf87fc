package sandbox

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"syscall"
)

// The judge starts every program through itself: the child re-executes the
// judge's binary under the name initArg0, and this package's init turns it
// into a small init that sets up the isolation — a new root, descriptors,
// rlimits, Landlock, seccomp — and only then executes the program. Set-up
// failures and the layers in force are written on descriptor statusFD,
// which closes when the program starts.
const (
	initArg0 = "judge-sandbox-init"
	statusFD = 4
)

func init() {
	if len(os.Args) == 2 && os.Args[0] == initArg0 {
		childInit(os.Args[1])
	}
}

// initConfig is what the child is told to do.
type initConfig struct {
	Path     string      `json:"path"` // the program, on the judge's file system
	Argv     []string    `json:"argv"`
	Env      []string    `json:"env"`
	Dir      string      `json:"dir"`   // working folder, or where the new root goes
	Mount    bool        `json:"mount"` // in new namespaces: build the new root
	Landlock bool        `json:"landlock"`
	Seccomp  bool        `json:"seccomp"`
	Limits   []initLimit `json:"limits"`
	// Probe, when set, has the child try what a hostile program would,
	// with every layer in force, instead of executing the program.
	Probe *probeConfig `json:"probe,omitempty"`
	// failMount is for tests of the fallback.
	FailMount bool `json:"fail_mount,omitempty"`
}

type initLimit struct {
	Resource int    `json:"r"`
	Value    uint64 `json:"v"`
}

func status(line string) {
	syscall.Write(statusFD, []byte(line+"\n"))
}

func childInit(arg string) {
	syscall.CloseOnExec(statusFD)
	fail := func(stage string, err error) {
		status("error " + stage + ": " + err.Error())
		os.Exit(127)
	}
	var cfg initConfig
	if err := json.Unmarshal([]byte(arg), &cfg); err != nil {
		fail("config", err)
	}
	// Landlock and seccomp bind the calling thread; the program inherits
	// them from the thread that executes it.
	runtime.LockOSThread()
	closeInherited()
	// Descendants that leave their parent stay in the program's tree
	// while it lives, so the judge finds and kills them.
	syscall.RawSyscall(syscall.SYS_PRCTL, prSetChildSubreaper, 1, 0)
	path, work := cfg.Path, cfg.Dir
	if cfg.Mount {
		if cfg.FailMount {
			fail("mount", errors.New("refused for a test"))
		}
		if err := newRoot(cfg.Dir, cfg.Path); err != nil {
			fail("mount", err)
		}
		path, work = "/prog", "/work"
	}
	env := append(cfg.Env[:len(cfg.Env):len(cfg.Env)], "HOME="+work, "TMPDIR="+work)
	if cfg.Landlock || cfg.Seccomp {
		if _, _, e := syscall.RawSyscall(syscall.SYS_PRCTL, prSetNoNewPrivs, 1, 0); e != 0 {
			fail("no_new_privs", e)
		}
	}
	if cfg.Landlock {
		if abi, err := restrictFiles(work, path); err != nil {
			status("note Landlock unavailable: " + err.Error())
		} else {
			status("landlock " + strconv.Itoa(abi))
		}
	}
	for _, l := range cfg.Limits {
		lim := syscall.Rlimit{Cur: l.Value, Max: l.Value}
		if err := syscall.Setrlimit(l.Resource, &lim); err != nil {
			fail("rlimit "+strconv.Itoa(l.Resource), err)
		}
	}
	if cfg.Seccomp {
		if err := installFilter(os.Getpid()); err != nil {
			status("note seccomp unavailable: " + err.Error())
		} else {
			status("seccomp")
		}
	}
	// The address-space backstop comes from the judge once the program
	// runs: this binary may have reserved more (the race detector does).
	status("ready")
	if cfg.Probe != nil {
		probeMain(cfg.Probe)
		os.Exit(0)
	}
	err := syscall.Exec(path, cfg.Argv, env)
	fail("exec "+cfg.Argv[0], err)
}

const (
	prSetNoNewPrivs     = 38
	prSetChildSubreaper = 36
)

// closeInherited marks every descriptor above the status pipe
// close-on-exec: the judge's own process may hold descriptors it did not
// open (a test runner's, a terminal's) that are not.
func closeInherited() {
	const (
		sysCloseRange     = 436
		closeRangeCloexec = 1 << 2
	)
	if _, _, e := syscall.RawSyscall(sysCloseRange, statusFD+1, ^uintptr(0), closeRangeCloexec); e == 0 {
		return
	}
	var lim syscall.Rlimit
	n := uint64(1024)
	if syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim) == nil {
		n = min(lim.Cur, 1<<16)
	}
	for fd := statusFD + 1; uint64(fd) < n; fd++ {
		syscall.CloseOnExec(fd)
	}
}

// newRoot mounts a tmpfs at dir and makes it the root, holding only the
// program (bound at /prog), an empty working folder (a tmpfs of its own at
// /work, which bounds what the program can write) and /dev/null, /dev/zero
// and /dev/urandom. The judge's files,
// its state and cache, the user's home and /proc are out of sight.
func newRoot(dir, prog string) error {
	steps := []struct {
		what string
		err  func() error
	}{
		{"make mounts private", func() error {
			return syscall.Mount("", "/", "", syscall.MS_REC|syscall.MS_PRIVATE, "")
		}},
		{"mount root tmpfs", func() error {
			return syscall.Mount("judge", dir, "tmpfs", syscall.MS_NOSUID|syscall.MS_NODEV, "size=1m,nr_inodes=64,mode=0755")
		}},
		{"make /work", func() error { return os.Mkdir(filepath.Join(dir, "work"), 0o755) }},
		{"mount /work tmpfs", func() error {
			return syscall.Mount("judge-work", filepath.Join(dir, "work"), "tmpfs", syscall.MS_NOSUID|syscall.MS_NODEV,
				"size="+strconv.Itoa(workSize)+",nr_inodes=4096,mode=0755")
		}},
		{"make /prog", func() error { return os.WriteFile(filepath.Join(dir, "prog"), nil, 0o755) }},
		{"bind the program", func() error {
			return syscall.Mount(prog, filepath.Join(dir, "prog"), "", syscall.MS_BIND, "")
		}},
		{"make /dev", func() error {
			bindDevices(filepath.Join(dir, "dev"))
			return nil
		}},
		{"enter the root", func() error { return syscall.Chdir(dir) }},
		{"pivot_root", func() error { return syscall.PivotRoot(".", ".") }},
		{"detach the old root", func() error { return syscall.Unmount(".", syscall.MNT_DETACH) }},
		{"make the root read-only", func() error {
			return syscall.Mount("", "/", "", syscall.MS_REMOUNT|syscall.MS_BIND|syscall.MS_RDONLY|syscall.MS_NOSUID|syscall.MS_NODEV, "")
		}},
		{"enter /work", func() error { return syscall.Chdir("/work") }},
	}
	for _, s := range steps {
		if err := s.err(); err != nil {
			return errors.New(s.what + ": " + err.Error())
		}
	}
	return nil
}

// devices are the device files a program finds, in a new root and through
// Landlock.
var devices = []string{"null", "zero", "urandom"}

// bindDevices binds the judge's devices into dev. A device that cannot be
// bound is left out: no program needs one.
func bindDevices(dev string) {
	if os.Mkdir(dev, 0o755) != nil {
		return
	}
	for _, d := range devices {
		at := filepath.Join(dev, d)
		if os.WriteFile(at, nil, 0o644) != nil {
			continue
		}
		if syscall.Mount("/dev/"+d, at, "", syscall.MS_BIND, "") != nil {
			os.Remove(at)
		}
	}
}
