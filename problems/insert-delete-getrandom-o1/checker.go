//go:build ignore

package main

import (
	"encoding/json"
	"fmt"
)

// check replays the operations: insert and remove must answer exactly;
// getRandom must return a current member, and over a long run of calls on
// an unchanged set every member must turn up.
func check(operations []string, arguments, want, got string) string {
	var args [][]int
	var w, g []json.RawMessage
	if err := json.Unmarshal([]byte(arguments), &args); err != nil {
		return "input: " + err.Error()
	}
	json.Unmarshal([]byte(want), &w)
	if err := json.Unmarshal([]byte(got), &g); err != nil || len(g) != len(operations) || len(w) != len(operations) {
		return fmt.Sprintf("want %d results, one per operation", len(operations))
	}
	set := map[int]bool{}
	seen := map[int]bool{}
	run := 0
	endRun := func() string {
		if len(set) >= 2 && run >= 50*len(set) && len(seen) < len(set) {
			return fmt.Sprintf("getRandom returned only %d of the %d members over %d calls: it is not uniform", len(seen), len(set), run)
		}
		run = 0
		clear(seen)
		return ""
	}
	for i, op := range operations {
		if op == "getRandom" {
			var v int
			if json.Unmarshal(g[i], &v) != nil || !set[v] {
				return fmt.Sprintf("operation %d: getRandom returned %s, which is not in the set", i, g[i])
			}
			seen[v] = true
			run++
			continue
		}
		if msg := endRun(); msg != "" {
			return msg
		}
		if string(w[i]) != string(g[i]) {
			return fmt.Sprintf("operation %d (%s): want %s, got %s", i, op, w[i], g[i])
		}
		if len(args[i]) == 1 {
			switch op {
			case "insert":
				set[args[i][0]] = true
			case "remove":
				delete(set, args[i][0])
			}
		}
	}
	return endRun()
}
