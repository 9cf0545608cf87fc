//go:build ignore

package main

// firstBadVersion asks about the versions one by one and returns the first
// that is bad. Asking about 2^31 versions one by one would take seconds,
// so where the first bad version lies far from 1 it first walks down in
// strides of a million from n to the last good stride, then one by one:
// still only the plain definition, with no halving, unlike the reference.
func firstBadVersion(n int) int {
	const stride = 1 << 20
	lo := 1
	for v := n; v > stride; v -= stride {
		if !isBadVersion(v - stride) {
			lo = v - stride + 1
			break
		}
	}
	for v := lo; v <= n; v++ {
		if isBadVersion(v) {
			return v
		}
	}
	return n
}
