//go:build ignore

package main

// isInterleave tries every way to pick which positions of s3 belong to s1
// (all sets of len(s1) positions, in increasing order), and checks whether
// the picked letters spell s1 and the others spell s2.
func isInterleave(s1 string, s2 string, s3 string) bool {
	if len(s1)+len(s2) != len(s3) {
		return false
	}
	pick := make([]bool, len(s3))
	var try func(from, left int) bool
	try = func(from, left int) bool {
		if left == 0 {
			var a, b []byte
			for k := range s3 {
				if pick[k] {
					a = append(a, s3[k])
				} else {
					b = append(b, s3[k])
				}
			}
			return string(a) == s1 && string(b) == s2
		}
		for k := from; k <= len(s3)-left; k++ {
			pick[k] = true
			found := try(k+1, left-1)
			pick[k] = false
			if found {
				return true
			}
		}
		return false
	}
	return try(0, len(s1))
}
