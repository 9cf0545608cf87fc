package session

import (
	"os"
	"os/exec"
)

// Background starts exe with args, detached, its output written to log,
// and returns without waiting: the child outlives the command that started
// it and never holds its terminal.
func Background(exe string, args []string, log string) error {
	cmd := exec.Command(exe, args...)
	if f, err := os.OpenFile(log, os.O_WRONLY|os.O_TRUNC|os.O_CREATE, 0o644); err == nil {
		defer f.Close()
		cmd.Stdout, cmd.Stderr = f, f
	}
	detach(cmd)
	if err := cmd.Start(); err != nil {
		return err
	}
	// Nobody waits for it; release its resources here.
	return cmd.Process.Release()
}
