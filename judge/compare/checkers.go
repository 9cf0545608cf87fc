package compare

import (
	"encoding/json"
	"fmt"
	"strings"
)

// A checker accepts or rejects an output on its own terms, for problems
// with several valid answers. It returns "" to accept, else why not.
type checker func(input map[string]json.RawMessage, want, got any) string

var checkers = map[string]checker{
	"peak_element":           peakElement,
	"randomized_set":         randomizedSet,
	"topological_order":      topologicalOrder,
	"min_remove_parentheses": minRemoveParentheses,
}

// Names lists the built-in checkers.
func Names() []string {
	var out []string
	for n := range checkers {
		out = append(out, n)
	}
	return out
}

func ints(raw json.RawMessage) ([]int, error) {
	var v []int
	err := json.Unmarshal(raw, &v)
	return v, err
}

func asInt(v any) (int, bool) {
	n, ok := v.(json.Number)
	if !ok {
		return 0, false
	}
	i, err := n.Int64()
	return int(i), err == nil
}

// peakElement accepts any index whose value is above both neighbours,
// outside the array counting as minus infinity.
func peakElement(input map[string]json.RawMessage, _, got any) string {
	nums, err := ints(input["nums"])
	if err != nil {
		return "input: " + err.Error()
	}
	i, ok := asInt(got)
	if !ok || i < 0 || i >= len(nums) {
		return fmt.Sprintf("%v is not an index of nums (0..%d)", got, len(nums)-1)
	}
	if (i > 0 && nums[i-1] >= nums[i]) || (i+1 < len(nums) && nums[i+1] >= nums[i]) {
		return fmt.Sprintf("index %d (value %d) is not a peak: a neighbour is not smaller", i, nums[i])
	}
	return ""
}

// randomizedSet replays the operations: insert and remove must answer
// exactly; getRandom must return a current member, and over a long run of
// calls on an unchanged set every member must turn up.
func randomizedSet(input map[string]json.RawMessage, want, got any) string {
	var ops []string
	var args [][]int
	if err := json.Unmarshal(input["operations"], &ops); err != nil {
		return "input: " + err.Error()
	}
	if err := json.Unmarshal(input["arguments"], &args); err != nil {
		return "input: " + err.Error()
	}
	w, _ := want.([]any)
	g, ok := got.([]any)
	if !ok || len(g) != len(ops) || len(w) != len(ops) {
		return fmt.Sprintf("want %d results, one per operation", len(ops))
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
	for i, op := range ops {
		switch op {
		case "getRandom":
			v, ok := asInt(g[i])
			if !ok || !set[v] {
				return fmt.Sprintf("operation %d: getRandom returned %v, which is not in the set", i, g[i])
			}
			seen[v] = true
			run++
		default:
			if msg := endRun(); msg != "" {
				return msg
			}
			if canonical(w[i]) != canonical(g[i]) {
				return fmt.Sprintf("operation %d (%s): want %s, got %s", i, op, canonical(w[i]), canonical(g[i]))
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
	}
	return endRun()
}

// topologicalOrder accepts any order of all courses that respects every
// prerequisite pair [a, b] (b before a), and [] only when none exists.
func topologicalOrder(input map[string]json.RawMessage, want, got any) string {
	var n int
	var pre [][]int
	if err := json.Unmarshal(input["numCourses"], &n); err != nil {
		return "input: " + err.Error()
	}
	if err := json.Unmarshal(input["prerequisites"], &pre); err != nil {
		return "input: " + err.Error()
	}
	w, _ := want.([]any)
	g, ok := got.([]any)
	if !ok {
		return "want a list of courses"
	}
	if len(w) == 0 {
		if len(g) != 0 {
			return "the prerequisites have a cycle: no order exists, so the answer is []"
		}
		return ""
	}
	if len(g) != n {
		return fmt.Sprintf("the order has %d courses; want all %d", len(g), n)
	}
	pos := make([]int, n)
	for i := range pos {
		pos[i] = -1
	}
	for i, v := range g {
		c, ok := asInt(v)
		if !ok || c < 0 || c >= n || pos[c] >= 0 {
			return fmt.Sprintf("position %d: %v is not a course, or is listed twice", i, v)
		}
		pos[c] = i
	}
	for _, p := range pre {
		if len(p) == 2 && pos[p[1]] > pos[p[0]] {
			return fmt.Sprintf("course %d comes before its prerequisite %d", p[0], p[1])
		}
	}
	return ""
}

// minRemoveParentheses accepts any balanced result obtained from s by
// deleting characters, as long as the expected one.
func minRemoveParentheses(input map[string]json.RawMessage, want, got any) string {
	var s string
	if err := json.Unmarshal(input["s"], &s); err != nil {
		return "input: " + err.Error()
	}
	w, _ := want.(string)
	g, ok := got.(string)
	if !ok {
		return "want a string"
	}
	depth := 0
	for _, c := range g {
		switch c {
		case '(':
			depth++
		case ')':
			depth--
		}
		if depth < 0 {
			return "the result is not balanced: a ')' closes nothing"
		}
	}
	if depth != 0 {
		return "the result is not balanced: a '(' is never closed"
	}
	if !subsequence(g, s) {
		return "the result is not s with some characters deleted"
	}
	if len(g) != len(w) {
		return fmt.Sprintf("the result removes %d characters; the fewest possible is %d", len(s)-len(g), len(s)-len(w))
	}
	return ""
}

func subsequence(sub, s string) bool {
	for _, c := range sub {
		i := strings.IndexRune(s, c)
		if i < 0 {
			return false
		}
		s = s[i+1:]
	}
	return true
}
