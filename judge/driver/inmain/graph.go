// Undirected graphs of Node, as 1-indexed adjacency lists, for problems that
// predefine Node.

package inmain

import (
	_errors "errors"
	_strconv "strconv"

	_j "github.com/judgehq/judge/judge/driver/support"
)

func _jDecGraph(raw _j.Raw) *Node {
	adj := _j.DecIntGrid(raw)
	if len(adj) == 0 {
		return nil
	}
	nodes := make([]*Node, len(adj))
	for i := range nodes {
		nodes[i] = &Node{Val: i + 1}
	}
	for i, ns := range adj {
		for _, j := range ns {
			if j < 1 || j > len(adj) {
				panic(_j.BadInput("decoding input: node " + _strconv.Itoa(i+1) + " has neighbour " + _strconv.Itoa(j)))
			}
			nodes[i].Neighbors = append(nodes[i].Neighbors, nodes[j-1])
		}
	}
	return nodes[0]
}

func _jGraphNodes(start *Node) map[*Node]bool {
	set := map[*Node]bool{}
	stack := []*Node{start}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n == nil || set[n] {
			continue
		}
		set[n] = true
		stack = append(stack, n.Neighbors...)
	}
	return set
}

func _jEncGraph(start *Node) (_j.Raw, error) {
	return _jEncGraphAvoiding(start, nil)
}

// _jEncGraphAvoiding encodes the graph reachable from start, which must share
// no node with avoid and hold values 1..n once each.
func _jEncGraphAvoiding(start *Node, avoid map[*Node]bool) (_j.Raw, error) {
	set := _jGraphNodes(start)
	adj := make([][]int, len(set))
	byVal := make([]*Node, len(set))
	for n := range set {
		if avoid[n] {
			return nil, _errors.New("the returned graph reuses node " + _strconv.Itoa(n.Val) + " of the input; a clone must build new nodes")
		}
		if n.Val < 1 || n.Val > len(set) || byVal[n.Val-1] != nil {
			return nil, _errors.New("the returned graph's values are not 1..n, each once")
		}
		byVal[n.Val-1] = n
	}
	for i, n := range byVal {
		adj[i] = []int{}
		for _, m := range n.Neighbors {
			if m == nil {
				return nil, _errors.New("node " + _strconv.Itoa(n.Val) + " has a nil neighbour")
			}
			adj[i] = append(adj[i], m.Val)
		}
	}
	return _j.EncIntGrid(adj)
}
