package inring

import (
	"strings"
	"testing"

	_j "github.com/judgehq/judge/judge/driver/support"
)

// toList turns a BST into the sorted circular doubly linked list, in place.
func toList(root *Node) *Node {
	var nodes []*Node
	var walk func(*Node)
	walk = func(n *Node) {
		if n != nil {
			walk(n.Left)
			nodes = append(nodes, n)
			walk(n.Right)
		}
	}
	walk(root)
	if len(nodes) == 0 {
		return nil
	}
	for i, n := range nodes {
		n.Right, n.Left = nodes[(i+1)%len(nodes)], nodes[(i+len(nodes)-1)%len(nodes)]
	}
	return nodes[0]
}

func TestRing(t *testing.T) {
	for in, want := range map[string]string{`[4,2,5,1,3]`: `[1,2,3,4,5]`, `[]`: `[]`, `[1]`: `[1]`} {
		out, err := _jEncRing(toList(_jDecRingTree(_j.Raw(in))))
		if err != nil || string(out) != want {
			t.Errorf("%s: %s, %v; want %s", in, out, err, want)
		}
	}
	head := toList(_jDecRingTree(_j.Raw(`[2,1,3]`)))
	head.Right.Left = nil // a broken back link
	if _, err := _jEncRing(head); err == nil || !strings.Contains(err.Error(), "Left") {
		t.Errorf("a broken Left passed: %v", err)
	}
	head = toList(_jDecRingTree(_j.Raw(`[2,1,3]`)))
	head.Left.Right = nil // not closed
	if _, err := _jEncRing(head); err == nil || !strings.Contains(err.Error(), "does not close") {
		t.Errorf("an open list passed: %v", err)
	}
}
