package inparent

import (
	"testing"

	_j "github.com/judgehq/judge/judge/driver/support"
)

func TestParentTree(t *testing.T) {
	in := `[3,5,1,6,2,0,8,null,null,7,4]`
	root := _jDecParentTree(_j.Raw(in))
	if out, err := _jEncParentTree(root); err != nil || string(out) != in {
		t.Errorf("%s came back as %s (%v)", in, out, err)
	}
	n := _jParentNodeOf(root, _j.Raw(`4`))
	var path []int
	for ; n != nil; n = n.Parent {
		path = append(path, n.Val)
	}
	if len(path) != 4 || path[1] != 2 || path[3] != 3 {
		t.Errorf("parents from 4: %v, want 4 2 5 3", path)
	}
	nodes := _jParentNodes(root)
	if out, err := _jEncParentMember(root.Left, nodes); err != nil || string(out) != "5" {
		t.Errorf("member 5: %s, %v", out, err)
	}
	if _, err := _jEncParentMember(&Node{Val: 5}, nodes); err == nil {
		t.Error("a copy of a node passed as the tree's")
	}
}
