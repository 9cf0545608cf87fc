//go:build ignore

package main

// Mutant: applies every operator as soon as its right operand is read,
// ignoring that * and / bind tighter ("2+3*4" gives 20).
func calculate(s string) int {
	acc, num := 0, 0
	op := byte('+')
	for i := 0; i <= len(s); i++ {
		c := byte('+')
		if i < len(s) {
			c = s[i]
		}
		if c == ' ' {
			continue
		}
		if c >= '0' && c <= '9' {
			num = num*10 + int(c-'0')
			continue
		}
		switch op {
		case '+':
			acc += num
		case '-':
			acc -= num
		case '*':
			acc *= num
		case '/':
			acc /= num
		}
		op, num = c, 0
	}
	return acc
}
