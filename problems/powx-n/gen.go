//go:build ignore

package main

// generate builds exponents at both ends of the allowed range, where
// multiplying n times takes seconds: bases just above and below 1 (the
// result stays moderate, so rounding errors show), -1 and a base whose power
// underflows to zero.
func generate() []GenCase {
	return []GenCase{
		{Name: "large-near-one-max-exponent", Input: map[string]any{"x": 1.000000003, "n": 2147483647}},
		{Name: "large-near-one-min-exponent", Input: map[string]any{"x": 1.000000002, "n": -2147483648}},
		{Name: "large-negative-near-one-odd", Input: map[string]any{"x": -0.9999999995, "n": 2147483647}},
		{Name: "large-minus-one-even", Input: map[string]any{"x": -1.0, "n": -2147483648}},
		{Name: "large-underflow", Input: map[string]any{"x": 1.5, "n": -2147483648}},
		{Name: "large-no-high-bits", Input: map[string]any{"x": 1.0000000001, "n": 1073741824}},
	}
}

// sized raises x = 1 + 1/n to the power n, which stays near e: squaring
// needs about log2(n) steps, multiplying needs n.
func sized(n int) map[string]any {
	return map[string]any{"x": 1 + 1/float64(n), "n": n}
}
