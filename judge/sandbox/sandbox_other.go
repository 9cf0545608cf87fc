//go:build !linux

package sandbox

import (
	"os"
	"os/exec"
	"path/filepath"
)

// Elsewhere than Linux the program runs as a plain child: limits are
// watched where the platform lets the judge see them.

func prepareJudge() {}

type process struct {
	cmd    *exec.Cmd
	pid    int
	layers Layers
}

func start(cmd *exec.Cmd, spec *Spec) (*process, error) {
	cmd.Path = spec.Path
	cmd.Args = append([]string{filepath.Base(spec.Path)}, spec.Args...)
	cmd.Dir = spec.Dir
	cmd.Env = append(spec.Env[:len(spec.Env):len(spec.Env)], "HOME="+spec.Dir, "TMPDIR="+spec.Dir)
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	l := Layers{Notes: []string{"no kernel isolation on this platform"}}
	noteLayers(l)
	return &process{cmd: cmd, pid: cmd.Process.Pid, layers: l}, nil
}

func (p *process) wait() (*os.ProcessState, error) {
	err := p.cmd.Wait()
	return p.cmd.ProcessState, err
}

func (p *process) release() {}

func (p *process) killAll() { p.cmd.Process.Kill() }

func (p *process) usage(int) sample { return sample{procs: 1} }

func (p *process) peakRSS(*os.ProcessState) int64 { return 0 }

func (p *process) peak() int64 { return 0 }

func signalName(*os.ProcessState) string { return "" }

const probeSupported = false

type probeConfig struct {
	Canary string
	Hidden []string
}
