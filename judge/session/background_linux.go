package session

import (
	"os/exec"
	"syscall"
)

// detach puts cmd in a session of its own, so that closing the terminal
// or Ctrl-C in it does not stop it.
func detach(cmd *exec.Cmd) { cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true} }
