//go:build ignore

package main

// calculate reads the expression once, keeping the sum of the finished terms
// and the term being built: * and / fold the next number into the term,
// while + and - add the term to the sum and start a new one (negated after
// a minus). Go's / truncates toward zero, as required. O(n) time, O(1) space.
func calculate(s string) int {
	sum, term, num := 0, 0, 0
	op := byte('+')
	for i := 0; i <= len(s); i++ {
		c := byte('+') // a sentinel operator closes the last number
		if i < len(s) {
			c = s[i]
		}
		switch {
		case c == ' ':
			continue
		case '0' <= c && c <= '9':
			num = num*10 + int(c-'0')
			continue
		}
		switch op {
		case '+':
			sum += term
			term = num
		case '-':
			sum += term
			term = -num
		case '*':
			term *= num
		case '/':
			term /= num
		}
		op, num = c, 0
	}
	return sum + term
}
