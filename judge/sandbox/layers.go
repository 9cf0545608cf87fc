package sandbox

import (
	"fmt"
	"strings"
	"sync"
)

// Layers is the isolation a run had, as the child reported it once set up:
// what the kernel granted, not what was asked for.
type Layers struct {
	// Namespaces: own user, PID, network, IPC, UTS and mount namespaces,
	// with a root that holds only the program and its working folder.
	Namespaces bool `json:"namespaces"`
	// Landlock is the Landlock ABI version enforced (file system; from 4,
	// TCP; from 6, signals and abstract sockets; from 10, UDP), 0 for
	// none.
	Landlock int `json:"landlock"`
	// Seccomp: a filter refuses new processes, sockets, tracing, signals
	// to other processes, mounts and the like.
	Seccomp bool `json:"seccomp"`
	// Notes say why a layer is missing.
	Notes []string `json:"notes,omitempty"`
}

// String lists the layers, strongest first, and what is missing.
func (l Layers) String() string {
	var on []string
	if l.Namespaces {
		on = append(on, "user, PID, network, IPC and mount namespaces (empty root)")
	}
	if l.Landlock > 0 {
		on = append(on, fmt.Sprintf("Landlock ABI %d", l.Landlock))
	}
	if l.Seccomp {
		on = append(on, "seccomp filter")
	}
	on = append(on, "process group", "rlimits", "memory, process and output watch")
	s := strings.Join(on, "; ")
	if len(l.Notes) > 0 {
		s += " (" + strings.Join(l.Notes, "; ") + ")"
	}
	return s
}

var (
	lastMu     sync.Mutex
	lastLayers *Layers
)

func noteLayers(l Layers) {
	lastMu.Lock()
	defer lastMu.Unlock()
	lastLayers = &l
}

// Isolation describes the isolation of the latest run, for `judge doctor`
// and reports; Probe measures it without a solution.
func Isolation() string {
	lastMu.Lock()
	defer lastMu.Unlock()
	if lastLayers == nil {
		return "not yet known"
	}
	return lastLayers.String()
}
