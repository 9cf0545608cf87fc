// Binary trees of any node type, for the drivers' packages that predefine
// one (TreeNode; Node with a parent pointer; Node turned into a ring).

package support

// Kids gives a node's two child slots.
type Kids[N any] func(n *N) (left, right **N)

// LevelOrder builds a binary tree from LeetCode's level order, nil
// standing for a missing node: node makes the node of a value below parent
// (nil for the root), and kids gives a node's child slots.
func LevelOrder[N any](vals []*int, node func(v int, parent *N) *N, kids Kids[N]) *N {
	if len(vals) == 0 || vals[0] == nil {
		return nil
	}
	root := node(*vals[0], nil)
	queue := []*N{root}
	for i := 1; i < len(vals); {
		if len(queue) == 0 {
			panic(BadInput("decoding input: tree has values below null nodes"))
		}
		n := queue[0]
		queue = queue[1:]
		left, right := kids(n)
		for _, child := range [2]**N{left, right} {
			if i < len(vals) {
				if v := vals[i]; v != nil {
					*child = node(*v, n)
					queue = append(queue, *child)
				}
				i++
			}
		}
	}
	return root
}

// TreeNodes is the set of the nodes reachable from root through kids.
func TreeNodes[N any](root *N, kids Kids[N]) map[*N]bool {
	set := map[*N]bool{}
	stack := []*N{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n == nil || set[n] {
			continue
		}
		set[n] = true
		left, right := kids(n)
		stack = append(stack, *left, *right)
	}
	return set
}
