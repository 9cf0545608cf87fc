package problem

import "strings"

// topicAliases are the other names people type for a topic: plurals, the
// usual abbreviations, and each half of stack-queue.
var topicAliases = map[string]string{
	"arrays":         "array",
	"ll":             "linked-list",
	"linked-lists":   "linked-list",
	"linkedlist":     "linked-list",
	"stack":          "stack-queue",
	"stacks":         "stack-queue",
	"queue":          "stack-queue",
	"queues":         "stack-queue",
	"strings":        "string",
	"str":            "string",
	"tree":           "binary-tree",
	"trees":          "binary-tree",
	"binary-trees":   "binary-tree",
	"bt":             "binary-tree",
	"bs":             "binary-search",
	"bsearch":        "binary-search",
	"bst":            "binary-search-tree",
	"bsts":           "binary-search-tree",
	"heaps":          "heap",
	"priority-queue": "heap",
	"pq":             "heap",
	"graphs":         "graph",
	"sort":           "sorting",
	"dp":             "dynamic-programming",
	"2p":             "two-pointers",
	"two-pointer":    "two-pointers",
	"window":         "sliding-window",
	"tries":          "trie",
	"backtrack":      "backtracking",
	"intervals":      "interval",
	"geometry":       "math",
	"bits":           "bit-manipulation",
	"bit":            "bit-manipulation",
}

// Topic returns the topic that s names: a topic of Topics, or an alias of
// one ("dp", "graphs", "bst", "tree", "strings", "ll"), in any case.
func Topic(s string) (string, bool) {
	s = strings.ToLower(s)
	if contains(Topics, s) {
		return s, true
	}
	t, ok := topicAliases[s]
	return t, ok
}
