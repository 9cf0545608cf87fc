package support

import (
	"errors"
	"math"
	"runtime"
	"runtime/debug"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestLimits checks that the settings reached by linkname are the runtime's
// own, as runtime/debug sees them.
func TestLimits(t *testing.T) {
	old := setMaxStack(32 << 20)
	if got := debug.SetMaxStack(old); got != 32<<20 {
		t.Errorf("setMaxStack(32 MB) left the maximum stack at %d", got)
	}
	oldLimit := setMemoryLimit(200 << 20)
	if got := debug.SetMemoryLimit(oldLimit); got != 200<<20 {
		t.Errorf("setMemoryLimit(200 MB) left the limit at %d", got)
	}
	start := nanotime()
	time.Sleep(2 * time.Millisecond)
	if d := nanotime() - start; d < int64(2*time.Millisecond) {
		t.Errorf("nanotime advanced %d ns over a 2 ms sleep", d)
	}
}

type stringer struct{}

func (stringer) String() string { return "a stringer" }

type point struct{ x, y int }

func TestDescribe(t *testing.T) {
	for _, tc := range []struct {
		v    any
		want string
	}{
		{errors.New("boom"), "boom"},
		{stringer{}, "a stringer"},
		{"plain", "plain"},
		{42, "42"},
		{int8(-3), "-3"},
		{uint64(math.MaxUint64), "18446744073709551615"},
		{true, "true"},
		{1.5, "1.5"},
		{float32(0.1), "0.1"},
		{point{1, 2}, "(support.point)"},
		{[]int{1}, "([]int)"},
	} {
		if got := describe(tc.v); got != tc.want {
			t.Errorf("describe(%#v) = %q, want %q", tc.v, got, tc.want)
		}
	}
}

func TestSplit(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"-mem=256 -mark=ab12", []string{"-mem=256", "-mark=ab12"}},
		{"  -gen  ", []string{"-gen"}},
		{"", nil},
	} {
		if diff := cmp.Diff(tc.want, split(tc.in, ' ')); diff != "" {
			t.Errorf("split(%q) (-want +got):\n%s", tc.in, diff)
		}
	}
}

// TestCollect: a collection before a test comes only after work enough to
// have made garbage worth it.
func TestCollect(t *testing.T) {
	if cpuTime() < 0 {
		t.Skip("this system does not say the CPU time")
	}
	gcs := func() uint32 {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.NumForcedGC
	}
	run.collected = cpuTime()
	before := gcs()
	collect()
	if n := gcs() - before; n != 0 {
		t.Errorf("right after a collection, collect collected %d times", n)
	}
	for start := cpuTime(); cpuTime()-start < 2*littleWork; {
	}
	collect()
	if n := gcs() - before; n != 1 {
		t.Errorf("after %d ns of work, collect collected %d times, want once", 2*int64(littleWork), n)
	}
}

// TestMeasuredCallRunsNoCollection: while a ladder measures a call
// (-minns), the collector stays off, so that garbage the call makes is not
// collected on its clock; outside it, and in judged runs, it is on.
func TestMeasuredCallRunsNoCollection(t *testing.T) {
	saved := run
	defer func() { run = saved; debug.SetGCPercent(100) }()
	run.begun = run.test // announced: Begin sends nothing to the judge
	var sink [][]byte
	measure := func(minNS int64) (collections uint32, percent int) {
		run.minNS = minNS
		Begin()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		for range 256 {
			sink = append(sink, make([]byte, 256<<10)) // 64 MB
			sink = sink[:0]
		}
		runtime.ReadMemStats(&after)
		percent = debug.SetGCPercent(-1)
		debug.SetGCPercent(percent)
		End()
		return after.NumGC - before.NumGC, percent
	}
	if n, percent := measure(2_000_000); n != 0 || percent != -1 {
		t.Errorf("measuring growth: %d collections during the call, GC percent %d; want none, -1", n, percent)
	}
	if percent := debug.SetGCPercent(100); percent != 100 {
		t.Errorf("after the measured call, GC percent %d; want 100 again", percent)
	}
	if n, percent := measure(0); n == 0 || percent != 100 {
		t.Errorf("a judged run: %d collections during 64 MB of garbage, GC percent %d; want some, 100", n, percent)
	}
}
