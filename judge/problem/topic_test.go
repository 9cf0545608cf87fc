package problem

import "testing"

func TestTopic(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"graph", "graph", true},
		{"dp", "dynamic-programming", true},
		{"DP", "dynamic-programming", true},
		{"graphs", "graph", true},
		{"bst", "binary-search-tree", true},
		{"tree", "binary-tree", true},
		{"strings", "string", true},
		{"ll", "linked-list", true},
		{"queue", "stack-queue", true},
		{"pq", "heap", true},
		{"sort", "sorting", true},
		{"arrays", "array", true},
		{"dynamic", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := Topic(tt.in)
			if got != tt.want || ok != tt.ok {
				t.Errorf("Topic(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

// TestTopicAliases: every alias names a topic, and none hides one.
func TestTopicAliases(t *testing.T) {
	for alias, topic := range topicAliases {
		if !contains(Topics, topic) {
			t.Errorf("alias %q names %q, which is not a topic", alias, topic)
		}
		if contains(Topics, alias) {
			t.Errorf("alias %q is a topic's own name", alias)
		}
	}
}
