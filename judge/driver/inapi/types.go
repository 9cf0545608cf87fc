package inapi

// NestedInteger holds an integer or a list of NestedIntegers, with the
// methods LeetCode's template declares (its fields are the judge's).
type NestedInteger struct {
	_jInt   int
	_jList  []*NestedInteger
	_jIsInt bool
}

func (n NestedInteger) IsInteger() bool { return n._jIsInt }

func (n NestedInteger) GetInteger() int { return n._jInt }

func (n *NestedInteger) SetInteger(value int) { n._jInt, n._jIsInt, n._jList = value, true, nil }

func (n *NestedInteger) Add(elem NestedInteger) {
	n._jIsInt = false
	n._jList = append(n._jList, &elem)
}

func (n NestedInteger) GetList() []*NestedInteger { return n._jList }

// Iterator iterates over a list of integers, as peeking-iterator's
// template declares it.
type Iterator struct {
	_jVals []int
	_jAt   int
}

func (it *Iterator) hasNext() bool { return it._jAt < len(it._jVals) }

func (it *Iterator) next() int {
	v := it._jVals[it._jAt]
	it._jAt++
	return v
}
