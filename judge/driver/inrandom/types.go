package inrandom

// Node is a list node with a random pointer, as LeetCode predefines it
// for copy-list-with-random-pointer; the judged program gets it from the
// driver, or from the user's file.
type Node struct {
	Val    int
	Next   *Node
	Random *Node
}
