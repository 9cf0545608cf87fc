//go:build ignore

package main

// depthSum walks the nested list depth first, carrying the depth of the
// list being read: an integer adds itself times that depth, a list is
// read one level deeper.
func depthSum(nestedList []*NestedInteger) int {
	return weightedSum(nestedList, 1)
}

func weightedSum(list []*NestedInteger, depth int) int {
	sum := 0
	for _, e := range list {
		if e.IsInteger() {
			sum += e.GetInteger() * depth
		} else {
			sum += weightedSum(e.GetList(), depth+1)
		}
	}
	return sum
}
