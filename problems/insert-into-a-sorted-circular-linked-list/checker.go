//go:build ignore

package main

// check judges the ring read from the returned node on its merits: several
// places can be right (all values equal; x beyond the largest or the
// smallest). The answer must start at the given node (its value; an empty
// list gives a ring of x alone), hold the given ring's values in their
// order with x added at one place, and rise all the way round but for at
// most one drop, from the largest back to the smallest.
func check(aNode *Node, x int, want, got *Node) string {
	ring := func(start *Node) []int {
		var vals []int
		for n := start; n != nil; {
			vals = append(vals, n.Val)
			if n = n.Next; n == start {
				break
			}
		}
		return vals
	}
	show := func(vals []int) string {
		parts := make([]string, len(vals))
		for i, v := range vals {
			parts[i] = strconv.Itoa(v)
		}
		return "[" + strings.Join(parts, ",") + "]"
	}
	in, out := ring(aNode), ring(got)
	if len(out) != len(in)+1 {
		return fmt.Sprintf("the ring from the returned node has %d values; want %d, the list's %d and x", len(out), len(in)+1, len(in))
	}
	if len(in) == 0 {
		if out[0] != x {
			return fmt.Sprintf("the list was empty: want a ring of x = %d alone, got %s", x, show(out))
		}
		return ""
	}
	if out[0] != in[0] {
		return fmt.Sprintf("the ring read from the returned node starts with %d, not with the given node's value %d: return the node you were given", out[0], in[0])
	}
	kept := false
	for i := range out {
		if out[i] != x {
			continue
		}
		rest := append(append([]int{}, out[:i]...), out[i+1:]...)
		if slices.Equal(rest, in) {
			kept = true
			break
		}
	}
	if !kept {
		return fmt.Sprintf("%s is not the given ring %s with x = %d inserted at one place", show(out), show(in), x)
	}
	for k := range out {
		if next := out[(k+1)%len(out)]; out[k] > next {
			for j := k + 1; j < len(out); j++ {
				if out[j] > out[(j+1)%len(out)] {
					return fmt.Sprintf("%s is not sorted around the ring: it drops from %d to %d and again from %d to %d", show(out), out[k], next, out[j], out[(j+1)%len(out)])
				}
			}
			break
		}
	}
	return ""
}
