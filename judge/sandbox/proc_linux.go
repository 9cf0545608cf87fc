package sandbox

import (
	"os"
	"strconv"
	"strings"
	"time"
)

var pageSize = int64(os.Getpagesize())

const ticksPerSecond = 100 // USER_HZ, fixed at 100 on Linux's ABI

// procStat is what the watcher reads of one process in /proc/PID/stat.
type procStat struct {
	state   byte
	rss     int64
	cpu     time.Duration
	threads int
	start   uint64 // clock ticks after boot: with the PID, names a process
}

func readStat(pid int) (procStat, bool) {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return procStat{}, false
	}
	s := string(b)
	// Fields after the command name, which may hold spaces, in parentheses.
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return procStat{}, false
	}
	f := strings.Fields(s[i+1:])
	if len(f) < 22 || len(f[0]) != 1 {
		return procStat{}, false
	}
	num := func(k int) int64 { n, _ := strconv.ParseInt(f[k], 10, 64); return n }
	return procStat{
		state:   f[0][0],
		cpu:     time.Duration(num(11)+num(12)) * time.Second / ticksPerSecond,
		threads: int(num(17)),
		start:   uint64(num(19)),
		rss:     num(21) * pageSize,
	}, true
}

// children lists the processes whose parent is pid, from every one of its
// threads.
func children(pid int) []int {
	base := "/proc/" + strconv.Itoa(pid) + "/task/"
	tasks, err := os.ReadDir(base)
	if err != nil {
		return nil
	}
	var out []int
	for _, t := range tasks {
		b, err := os.ReadFile(base + t.Name() + "/children")
		if err != nil {
			continue
		}
		for _, f := range strings.Fields(string(b)) {
			if c, err := strconv.Atoi(f); err == nil {
				out = append(out, c)
			}
		}
	}
	return out
}
