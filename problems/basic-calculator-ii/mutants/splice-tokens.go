//go:build ignore

package main

import "strconv"

// Mutant: splits the expression into tokens, then repeatedly searches from
// the start for a * or /, evaluates it and splices the result back into the
// token list: O(n^2) with many products.
// verdict: time_limit_exceeded
func calculate(s string) int {
	var tokens []string
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c == ' ':
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			tokens = append(tokens, s[i:j])
			i = j
		default:
			tokens = append(tokens, string(c))
			i++
		}
	}
	for {
		k := -1
		for i, tok := range tokens {
			if tok == "*" || tok == "/" {
				k = i
				break
			}
		}
		if k < 0 {
			break
		}
		a, _ := strconv.Atoi(tokens[k-1])
		b, _ := strconv.Atoi(tokens[k+1])
		v := a * b
		if tokens[k] == "/" {
			v = a / b
		}
		tokens = append(tokens[:k-1], append([]string{strconv.Itoa(v)}, tokens[k+2:]...)...)
	}
	total, _ := strconv.Atoi(tokens[0])
	for i := 1; i+1 < len(tokens); i += 2 {
		v, _ := strconv.Atoi(tokens[i+1])
		if tokens[i] == "+" {
			total += v
		} else {
			total -= v
		}
	}
	return total
}
