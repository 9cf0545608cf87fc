//go:build ignore

package main

func groupAnagrams(strs []string) [][]string {
	return nil
}
