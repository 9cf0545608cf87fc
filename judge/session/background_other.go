//go:build !linux

package session

import "os/exec"

// detach does nothing where new sessions are not portable: the child
// still outlives its parent.
func detach(*exec.Cmd) {}
