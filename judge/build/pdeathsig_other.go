//go:build unix && !linux

package build

import "syscall"

func dieWithParent(*syscall.SysProcAttr) {}
