//go:build ignore

package main

import (
	"strconv"
	"strings"
)

// exclusiveTime matches each start with its end by counting nesting depth,
// gives every call its inclusive length, and subtracts from it the
// inclusive lengths of the calls made directly inside it (those one level
// deeper, between its start and end).
func exclusiveTime(n int, logs []string) []int {
	type event struct {
		id, ts int
		start  bool
	}
	ev := make([]event, len(logs))
	for i, l := range logs {
		p := strings.Split(l, ":")
		id, _ := strconv.Atoi(p[0])
		ts, _ := strconv.Atoi(p[2])
		ev[i] = event{id, ts, p[1] == "start"}
	}
	depth := make([]int, len(ev)) // nesting depth of each start
	d := 0
	for i, e := range ev {
		if e.start {
			depth[i] = d
			d++
		} else {
			d--
		}
	}
	end := make([]int, len(ev)) // index of the end matching each start
	for i, e := range ev {
		if !e.start {
			continue
		}
		bal := 0
		for j := i; j < len(ev); j++ {
			if ev[j].start {
				bal++
			} else {
				bal--
			}
			if bal == 0 {
				end[i] = j
				break
			}
		}
	}
	res := make([]int, n)
	for i, e := range ev {
		if !e.start {
			continue
		}
		own := ev[end[i]].ts - e.ts + 1
		for c := i + 1; c < end[i]; c++ {
			if ev[c].start && depth[c] == depth[i]+1 {
				own -= ev[end[c]].ts - ev[c].ts + 1
			}
		}
		res[e.id] += own
	}
	return res
}
