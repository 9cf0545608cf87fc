//go:build ignore

package main

func letterCombinations(digits string) []string {
	return nil
}
