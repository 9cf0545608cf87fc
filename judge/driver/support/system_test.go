package support

import (
	"runtime"
	"testing"
	"time"
)

func TestCPU(t *testing.T) {
	start := cpuTime()
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" {
		if start != -1 {
			t.Errorf("cpuTime() = %d where the system does not say, want -1", start)
		}
		return
	}
	if start < 0 {
		t.Fatalf("cpuTime() = %d", start)
	}
	x := 0
	for deadline := time.Now().Add(20 * time.Millisecond); time.Now().Before(deadline); {
		x++
	}
	if spent := cpuTime() - start; spent <= 0 {
		t.Errorf("20 ms of busy work used %d ns of CPU time (%d iterations)", spent, x)
	}
}
