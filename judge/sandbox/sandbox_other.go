//go:build !linux

package sandbox

import (
	"os"
	"os/exec"
	"time"
)

func startIsolated(cmd *exec.Cmd) error { return cmd.Start() }

// Isolation describes the isolation runs get.
func Isolation() string { return "process only: limits are watched, not enforced by the kernel" }

func killGroup(pid int) {
	if p, err := os.FindProcess(pid); err == nil {
		p.Kill()
	}
}

func setLimits(int, Limits) {}

func usage(int) (int64, time.Duration) { return 0, 0 }

func peakRSS(*os.ProcessState) int64 { return 0 }

func signalName(*os.ProcessState) string { return "" }
