// NestedInteger values from and to nested JSON lists.

package inapi

import (
	_j "github.com/judgehq/judge/judge/driver/support"
)

func _jNestedOf(v _j.Nested) *NestedInteger {
	n := &NestedInteger{}
	if !v.IsList {
		n.SetInteger(v.Int)
		return n
	}
	n._jList = make([]*NestedInteger, 0, len(v.List))
	for _, e := range v.List {
		n._jList = append(n._jList, _jNestedOf(e))
	}
	return n
}

// _jDecNestedList reads a nested list, [[1,1],2,[1,1]], as the list of
// its elements.
func _jDecNestedList(raw _j.Raw) []*NestedInteger {
	v := _j.DecNested(raw)
	if !v.IsList {
		panic(_j.BadInput("decoding input: want a nested list, got " + string(raw)))
	}
	return _jNestedOf(v).GetList()
}

func _jEncNested(n *NestedInteger) ([]byte, error) {
	if n == nil {
		return []byte("null"), nil
	}
	if n.IsInteger() {
		return _j.EncInt(n.GetInteger())
	}
	return _jEncNestedList(n.GetList())
}

func _jEncNestedList(l []*NestedInteger) (_j.Raw, error) {
	rs := make([]_j.Raw, len(l))
	for i, n := range l {
		r, err := _jEncNested(n)
		if err != nil {
			return nil, err
		}
		rs[i] = r
	}
	return _j.EncResults(rs)
}
