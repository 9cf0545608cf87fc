//go:build ignore

package main

import (
	"encoding/json"
	"fmt"
)

// check replays the calls, keeping every key's count: inc and dec must
// return nothing, and getMaxKey and getMinKey may return any key whose
// count is the largest (smallest) at that moment, or "" when there are no
// keys. The counts add up to at most the number of incs, so at most a few
// hundred distinct counts exist at once, and each query scans only those.
func check(operations []string, arguments, want, got string) string {
	var args [][]string
	if err := json.Unmarshal([]byte(arguments), &args); err != nil || len(args) != len(operations) {
		return "input: one list of arguments per operation expected"
	}
	var g []json.RawMessage
	if err := json.Unmarshal([]byte(got), &g); err != nil || len(g) != len(operations) {
		return fmt.Sprintf("want %d results, one per operation", len(operations))
	}
	count := map[string]int{}
	keysWith := map[int]int{}
	move := func(key string, by int) {
		c := count[key]
		if c > 0 {
			if keysWith[c]--; keysWith[c] == 0 {
				delete(keysWith, c)
			}
		}
		c += by
		if c > 0 {
			count[key] = c
			keysWith[c]++
		} else {
			delete(count, key)
		}
	}
	for i := 1; i < len(operations); i++ {
		op := operations[i]
		switch op {
		case "inc", "dec":
			if len(args[i]) != 1 {
				return fmt.Sprintf("input: operation %d (%s) takes one key", i, op)
			}
			if string(g[i]) != "null" {
				return fmt.Sprintf("operation %d (%s): returns nothing, got %s", i, op, g[i])
			}
			if op == "inc" {
				move(args[i][0], 1)
			} else {
				move(args[i][0], -1)
			}
		case "getMaxKey", "getMinKey":
			var key string
			if err := json.Unmarshal(g[i], &key); err != nil {
				return fmt.Sprintf("operation %d (%s): got %s, not a string", i, op, g[i])
			}
			if len(count) == 0 {
				if key != "" {
					return fmt.Sprintf("operation %d (%s): no key has a count, so the answer is \"\", got %q", i, op, key)
				}
				continue
			}
			best, first := 0, true
			for c := range keysWith {
				if first || (op == "getMaxKey" && c > best) || (op == "getMinKey" && c < best) {
					best, first = c, false
				}
			}
			word := "largest"
			if op == "getMinKey" {
				word = "smallest"
			}
			if c := count[key]; c != best {
				if key == "" {
					return fmt.Sprintf("operation %d (%s): got \"\", but %d keys are present; the %s count is %d", i, op, len(count), word, best)
				}
				if c == 0 {
					return fmt.Sprintf("operation %d (%s): got %q, which has no count; the %s count is %d", i, op, key, word, best)
				}
				return fmt.Sprintf("operation %d (%s): got %q with count %d; the %s count is %d", i, op, key, c, word, best)
			}
		default:
			return fmt.Sprintf("input: unknown operation %q", op)
		}
	}
	return ""
}
