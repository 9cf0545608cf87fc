package support

import (
	"runtime"
	"testing"
	"time"
)

func TestCPU(t *testing.T) {
	start := _jCPU()
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" {
		if start != -1 {
			t.Errorf("_jCPU() = %d where the system does not say, want -1", start)
		}
		return
	}
	if start < 0 {
		t.Fatalf("_jCPU() = %d", start)
	}
	x := 0
	for deadline := time.Now().Add(20 * time.Millisecond); time.Now().Before(deadline); {
		x++
	}
	if spent := _jCPU() - start; spent <= 0 {
		t.Errorf("20 ms of busy work used %d ns of CPU time (%d iterations)", spent, x)
	}
}
