//go:build ignore

package main

func customSortString(order string, s string) string {
	return ""
}
