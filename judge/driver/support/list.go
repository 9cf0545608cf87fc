// Linked lists for problems that predefine ListNode.

package support

import (
	_json "encoding/json"
	_errors "errors"
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

func _jDecList(raw _json.RawMessage) *ListNode {
	head, _, _ := _jBuildList(_jPlain[[]int](raw))
	return head
}

// _jDecListCycle links the tail back to the node at index pos (-1: none).
func _jDecListCycle(raw, pos _json.RawMessage) *ListNode {
	head, tail, nodes := _jBuildList(_jPlain[[]int](raw))
	if p := _jPlain[int](pos); p >= 0 {
		if p >= len(nodes) {
			panic(_jBadInput("decoding input: pos is past the list's end"))
		}
		tail.Next = nodes[p]
	}
	return head
}

func _jDecLists(raw _json.RawMessage) []*ListNode {
	lists := _jPlain[[][]int](raw)
	if lists == nil {
		return nil
	}
	out := make([]*ListNode, len(lists))
	for i, l := range lists {
		out[i], _, _ = _jBuildList(l)
	}
	return out
}

func _jEncList(head *ListNode) (any, error) {
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

func _jEncLists(ls []*ListNode) (any, error) {
	out := make([]any, len(ls))
	for i, l := range ls {
		v, err := _jEncList(l)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}
