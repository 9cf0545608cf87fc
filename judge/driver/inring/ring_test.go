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

// TestRingWithin: the list must be the tree's own nodes, all of them.
func TestRingWithin(t *testing.T) {
	root := _jDecRingTree(_j.Raw(`[2,1,3]`))
	of := _jRingNodes(root)
	if out, err := _jEncRingWithin(toList(root), of); err != nil || string(out) != "[1,2,3]" {
		t.Errorf("in place: %s, %v", out, err)
	}
	fresh := toList(_jDecRingTree(_j.Raw(`[2,1,3]`)))
	if _, err := _jEncRingWithin(fresh, _jRingNodes(_jDecRingTree(_j.Raw(`[2,1,3]`)))); err == nil || !strings.Contains(err.Error(), "in place") {
		t.Errorf("new nodes passed: %v", err)
	}
	if _, err := _jEncRingWithin(nil, of); err == nil || !strings.Contains(err.Error(), "holds 0 of the tree's 3") {
		t.Errorf("an empty answer for a tree of 3 passed: %v", err)
	}
	if out, err := _jEncRingWithin(nil, _jRingNodes(nil)); err != nil || string(out) != "[]" {
		t.Errorf("empty tree: %s, %v", out, err)
	}
}
