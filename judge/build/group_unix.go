//go:build unix

package build

import (
	"os/exec"
	"syscall"
)

// ownGroup starts cmd in a process group of its own, which cancelling
// kills whole; on Linux the go command also dies with the judge (a judge
// killed midway leaves no build running).
func ownGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	dieWithParent(cmd.SysProcAttr)
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
}
