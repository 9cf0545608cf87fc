// Linked lists for problems that predefine ListNode.

package inmain

import (
	_errors "errors"

	_j "github.com/judgehq/judge/judge/driver/support"
)

func _jBuildList(vals []int) (head, tail *ListNode, nodes []*ListNode) {
	dummy := &ListNode{}
	tail = dummy
	nodes = make([]*ListNode, len(vals))
	for i, v := range vals {
		tail.Next = &ListNode{Val: v}
		tail = tail.Next
		nodes[i] = tail
	}
	if len(vals) == 0 {
		tail = nil
	}
	return dummy.Next, tail, nodes
}

func _jDecList(raw _j.Raw) *ListNode {
	head, _, _ := _jBuildList(_j.DecInts(raw))
	return head
}

// _jDecListCycle links the tail back to the node at index pos (-1: none).
func _jDecListCycle(raw, pos _j.Raw) *ListNode {
	head, tail, nodes := _jBuildList(_j.DecInts(raw))
	if p := _j.DecInt(pos); p >= 0 {
		if p >= len(nodes) {
			panic(_j.BadInput("decoding input: pos is past the list's end"))
		}
		tail.Next = nodes[p]
	}
	return head
}

func _jDecLists(raw _j.Raw) []*ListNode {
	lists := _j.DecIntGrid(raw)
	if lists == nil {
		return nil
	}
	out := make([]*ListNode, len(lists))
	for i, l := range lists {
		out[i], _, _ = _jBuildList(l)
	}
	return out
}

// _jListValues are a list's values, or an error for a cycle.
func _jListValues(head *ListNode) ([]int, error) {
	seen := map[*ListNode]bool{}
	vals := []int{}
	for n := head; n != nil; n = n.Next {
		if seen[n] {
			return nil, _errors.New("the returned list has a cycle")
		}
		seen[n] = true
		vals = append(vals, n.Val)
	}
	return vals, nil
}

func _jEncList(head *ListNode) (_j.Raw, error) {
	vals, err := _jListValues(head)
	if err != nil {
		return nil, err
	}
	return _j.EncInts(vals)
}

func _jEncLists(ls []*ListNode) (_j.Raw, error) {
	out := make([][]int, len(ls))
	for i, l := range ls {
		vals, err := _jListValues(l)
		if err != nil {
			return nil, err
		}
		out[i] = vals
	}
	return _j.EncIntGrid(out)
}
