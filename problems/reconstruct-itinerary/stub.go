//go:build ignore

package main

func findItinerary(tickets [][]string) []string {
	return nil
}
