//go:build ignore

package main

import "math/rand/v2"

// generate builds inputs of the maximum length, 10^5. Most values are 1 or
// -1 so that every prefix and suffix product stays within 32 bits; a handful
// of larger factors and zeros are planted so the answers are not trivial.
// The pairwise approach multiplies n^2 = 10^10 times on each of them.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(17, 42))
	const n = 100000
	genSigns := func() []int {
		nums := make([]int, n)
		for i := range nums {
			nums[i] = 1 - 2*r.IntN(2)
		}
		return nums
	}

	// 20 factors of 2 and 3 of -5: |product| = 2^20 * 125 < 2^31.
	factors := genSigns()
	genPlant := func(nums []int, count, v int) {
		for count > 0 {
			if i := r.IntN(n); nums[i] == 1 || nums[i] == -1 {
				nums[i] *= v
				count--
			}
		}
	}
	genPlant(factors, 20, 2)
	genPlant(factors, 3, -5)

	// Six factors of 30 (30^6 < 2^31) spread over the array, one zero.
	oneZero := genSigns()
	genPlant(oneZero, 6, 30)
	oneZero[n/2+1] = 0

	// Zeros at both ends: every answer is 0.
	zeroEnds := genSigns()
	zeroEnds[0], zeroEnds[n-1] = 0, 0

	return []GenCase{
		{Name: "large-signs-and-factors", Input: map[string]any{"nums": factors}},
		{Name: "large-one-zero", Input: map[string]any{"nums": oneZero}},
		{Name: "large-zeros-at-ends", Input: map[string]any{"nums": zeroEnds}},
	}
}

// sized is n random signs with a 2 and a -3 planted near the ends, so every
// prefix and suffix product stays within 32 bits; multiplying all the other
// elements for each position costs n^2.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(17, uint64(n)))
	nums := make([]int, n)
	for i := range nums {
		nums[i] = 1 - 2*r.IntN(2)
	}
	nums[1] *= 2
	nums[n-2] *= -3
	return map[string]any{"nums": nums}
}
