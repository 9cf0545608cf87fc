// Package inrandom is the driver's code for problems whose Node is a list
// node with a random pointer (copy-list-with-random-pointer), compiled
// into package main beside the user's file like inmain's: LeetCode's form
// of such a list is [[val, index of the random node or null], ...].
package inrandom

import (
	_errors "errors"
	_strconv "strconv"

	_j "github.com/judgehq/judge/judge/driver/support"
)

func _jDecRandomList(raw _j.Raw) *Node {
	pairs := _j.DecArgs(raw)
	nodes := make([]*Node, len(pairs))
	for i := range pairs {
		if len(pairs[i]) != 2 {
			panic(_j.BadInput("decoding input: node " + _strconv.Itoa(i) + " is not [value, random index]"))
		}
		nodes[i] = &Node{Val: _j.DecInt(pairs[i][0])}
		if i > 0 {
			nodes[i-1].Next = nodes[i]
		}
	}
	for i, p := range pairs {
		r := _j.DecIntOrNull(p[1])
		if r == nil {
			continue
		}
		if *r < 0 || *r >= len(nodes) {
			panic(_j.BadInput("decoding input: node " + _strconv.Itoa(i) + " has random index " + _strconv.Itoa(*r)))
		}
		nodes[i].Random = nodes[*r]
	}
	if len(nodes) == 0 {
		return nil
	}
	return nodes[0]
}

// _jRandomNodes is the set of a list's nodes, along Next.
func _jRandomNodes(head *Node) map[*Node]bool {
	set := map[*Node]bool{}
	for n := head; n != nil && !set[n]; n = n.Next {
		set[n] = true
	}
	return set
}

func _jEncRandomList(head *Node) (_j.Raw, error) {
	return _jEncRandomListAvoiding(head, nil)
}

// _jEncRandomListAvoiding encodes the list from head, which must share no
// node with avoid, end (no cycle along Next), and point its random
// pointers only at its own nodes.
func _jEncRandomListAvoiding(head *Node, avoid map[*Node]bool) (_j.Raw, error) {
	index := map[*Node]int{}
	var order []*Node
	for n := head; n != nil; n = n.Next {
		if _, seen := index[n]; seen {
			return nil, _errors.New("the returned list has a cycle along Next at node " + _strconv.Itoa(len(order)))
		}
		if avoid[n] {
			return nil, _errors.New("the returned list reuses node " + _strconv.Itoa(len(order)) + " of the input; a deep copy must build new nodes")
		}
		index[n] = len(order)
		order = append(order, n)
	}
	rows := make([]_j.Raw, len(order))
	for i, n := range order {
		val := n.Val
		pair := []*int{&val, nil}
		if n.Random != nil {
			r, ok := index[n.Random]
			if !ok {
				if avoid[n.Random] {
					return nil, _errors.New("node " + _strconv.Itoa(i) + "'s random pointer points into the input list; a deep copy must point within the copy")
				}
				return nil, _errors.New("node " + _strconv.Itoa(i) + "'s random pointer points at a node outside the returned list")
			}
			pair[1] = &r
		}
		row, err := _j.EncIntOrNulls(pair)
		if err != nil {
			return nil, err
		}
		rows[i] = row
	}
	return _j.EncResults(rows)
}
