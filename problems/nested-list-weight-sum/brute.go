//go:build ignore

package main

// depthSum, the slow way: for each depth d = 1, 2, ... it walks the whole
// structure again from the top, adds d times every integer found at exactly
// depth d, and stops once no element sits at depth d or deeper.
func depthSum(nestedList []*NestedInteger) int {
	total := 0
	for d := 1; ; d++ {
		sum, deeper := bruteAtDepth(nestedList, 1, d)
		total += d * sum
		if !deeper {
			return total
		}
	}
}

// bruteAtDepth returns the sum of the integers at exactly depth want, and
// whether any element (integer or list) lies at depth want or below.
func bruteAtDepth(list []*NestedInteger, depth, want int) (int, bool) {
	sum, reached := 0, false
	for _, e := range list {
		if depth >= want {
			reached = true
		}
		if e.IsInteger() {
			if depth == want {
				sum += e.GetInteger()
			}
			continue
		}
		if depth < want {
			s, r := bruteAtDepth(e.GetList(), depth+1, want)
			sum += s
			reached = reached || r
		}
	}
	return sum, reached
}
