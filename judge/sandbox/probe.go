package sandbox

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"time"
)

// ProbeReport is what a real sandboxed child found it could and could not
// do.
type ProbeReport struct {
	Layers Layers
	Checks []Check
}

// Check is one thing a hostile program would try. Held says the sandbox
// stopped it.
type Check struct {
	Name   string `json:"name"`
	Held   bool   `json:"held"`
	Detail string `json:"detail"`
}

// Probe starts a child exactly as a solution is started and, once every
// layer is in force, has it try, instead of executing a program, what a
// hostile solution would: start processes, reach the network, signal other
// processes, read hidden (the judge's state and cache, for instance) and
// a file planted for the purpose, write outside its folder.
func Probe(ctx context.Context, hidden []string) (*ProbeReport, error) {
	if !probeSupported {
		return &ProbeReport{Layers: Layers{Notes: []string{"no kernel isolation on this platform"}}}, nil
	}
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp("", "judge-probe-*")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	work, canary := filepath.Join(tmp, "run"), filepath.Join(tmp, "canary")
	for _, d := range []string{work, canary} {
		if err := os.Mkdir(d, 0o700); err != nil {
			return nil, err
		}
	}
	secret := filepath.Join(canary, "secret")
	if err := os.WriteFile(secret, []byte("secret"), 0o600); err != nil {
		return nil, err
	}
	var checks []Check
	var badLine error
	res, err := Run(ctx, Spec{
		Path:   exe,
		probe:  &probeConfig{Canary: canary, Hidden: hidden},
		Dir:    work,
		Env:    []string{"PATH=/usr/bin:/bin"},
		Limits: Limits{Wall: 20 * time.Second, Memory: 512 << 20, Output: 1 << 20},
		OnMessage: func(line []byte) bool {
			if err := json.Unmarshal(line, &checks); err != nil {
				badLine = err
			}
			return false
		},
	})
	if err != nil {
		return nil, err
	}
	if badLine != nil || checks == nil {
		return nil, errors.New("the probe did not report: " + string(res.Stderr) + describeResult(res))
	}
	// The planted file must be as it was, and nothing new beside it.
	entries, _ := os.ReadDir(canary)
	b, _ := os.ReadFile(secret)
	intact := len(entries) == 1 && string(b) == "secret"
	checks = append(checks, Check{Name: "change files outside its folder", Held: intact,
		Detail: map[bool]string{true: "the planted file is as it was", false: "the planted folder changed"}[intact]})
	return &ProbeReport{Layers: res.Layers, Checks: checks}, nil
}

func describeResult(res *Result) string {
	if res.Signal != "" {
		return " (killed by " + res.Signal + ")"
	}
	return ""
}
