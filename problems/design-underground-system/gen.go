//go:build ignore

package main

import (
	"math/rand/v2"
	"strconv"
)

// genSystem builds one test's calls and keeps them consistent: riders in
// the network, strictly increasing times, averages only of routes with a
// completed trip.
type genSystem struct {
	r      *rand.Rand
	ops    []string
	args   [][]any
	t      int
	inside map[int]string
	ids    []int // riders inside, in no order
	routes [][2]string
	index  map[[2]string]int // position of each route in routes
}

func genNewSystem(r *rand.Rand) *genSystem {
	return &genSystem{r: r, ops: []string{"UndergroundSystem"}, args: [][]any{{}}, t: 0, inside: map[int]string{}, index: map[[2]string]int{}}
}

func (g *genSystem) tick(maxStep int) int {
	g.t += 1 + g.r.IntN(maxStep)
	return g.t
}

func (g *genSystem) checkIn(id int, station string, maxStep int) {
	g.ops = append(g.ops, "checkIn")
	g.args = append(g.args, []any{id, station, g.tick(maxStep)})
	g.inside[id] = station
	g.ids = append(g.ids, id)
}

// checkOut takes the k-th rider inside out at station.
func (g *genSystem) checkOut(k int, station string, maxStep int) {
	id := g.ids[k]
	g.ids[k] = g.ids[len(g.ids)-1]
	g.ids = g.ids[:len(g.ids)-1]
	g.ops = append(g.ops, "checkOut")
	g.args = append(g.args, []any{id, station, g.tick(maxStep)})
	route := [2]string{g.inside[id], station}
	delete(g.inside, id)
	if _, ok := g.index[route]; !ok {
		g.index[route] = len(g.routes)
		g.routes = append(g.routes, route)
	}
}

// average asks about a route seen so far, the k-th.
func (g *genSystem) average(k int) {
	route := g.routes[k]
	g.ops = append(g.ops, "getAverageTime")
	g.args = append(g.args, []any{route[0], route[1]})
}

func (g *genSystem) input() map[string]any {
	return map[string]any{"operations": g.ops, "arguments": g.args}
}

// genFreeID is an id in 1..10^6 not inside the network.
func (g *genSystem) freeID() int {
	for {
		id := 1 + g.r.IntN(1_000_000)
		if _, ok := g.inside[id]; !ok {
			return id
		}
	}
}

const genMaxCalls = 20000

func genName(r *rand.Rand, n int) string {
	const chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	b := make([]byte, n)
	for i := range b {
		b[i] = chars[r.IntN(len(chars))]
	}
	return string(b)
}

// genMix fills g with random check-ins, check-outs and averages over the
// stations, the time advancing by at most maxStep per call.
func genMix(g *genSystem, stations []string, maxStep int) {
	for len(g.ops) <= genMaxCalls {
		k := g.r.IntN(10)
		switch {
		case k < 4 || len(g.ids) == 0:
			g.checkIn(g.freeID(), stations[g.r.IntN(len(stations))], maxStep)
		case k < 7 || len(g.routes) == 0:
			g.checkOut(g.r.IntN(len(g.ids)), stations[g.r.IntN(len(stations))], maxStep)
		default:
			g.average(g.r.IntN(len(g.routes)))
		}
	}
}

// generate builds 2*10^4-call sequences: riders over a few stations, over
// many stations with ten-character names, one route ridden by thousands of
// riders at once with durations near 10^6 (large sums), and station names
// that collide when two of them are joined without a separator.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(1396, 20000))
	var out []GenCase

	few := genNewSystem(r)
	var small []string
	for i := 0; i < 8; i++ {
		small = append(small, "St"+strconv.Itoa(i))
	}
	genMix(few, small, 60)
	out = append(out, GenCase{Name: "large-few-stations", Input: few.input()})

	many := genNewSystem(r)
	var long []string
	for i := 0; i < 300; i++ {
		long = append(long, genName(r, 10))
	}
	genMix(many, long, 60)
	out = append(out, GenCase{Name: "large-many-stations-long-names", Input: many.input()})

	rush := genNewSystem(r)
	for i := 0; i < 6000; i++ {
		rush.checkIn(i+1, "Origin", 1)
	}
	rush.t = 990_000
	for len(rush.ids) > 0 {
		rush.checkOut(rush.r.IntN(len(rush.ids)), "Terminus", 1)
		if len(rush.ops)%5 == 0 {
			rush.average(0)
		}
	}
	for len(rush.ops) <= genMaxCalls {
		rush.average(0)
	}
	out = append(out, GenCase{Name: "large-rush-hour-one-route", Input: rush.input()})

	joined := genNewSystem(r)
	genMix(joined, []string{"A", "AB", "B", "BA", "ABA", "BAB", "a", "Ab"}, 60)
	out = append(out, GenCase{Name: "large-names-joining-alike", Input: joined.input()})
	return out
}

// sized makes n calls (the constructor included): trips of one call in and
// one out, each followed by the average of its route, over 100 routes (ten
// entry stations times ten exit stations). Every call is O(1).
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(1396, uint64(n)))
	g := genNewSystem(r)
	for i := 0; len(g.ops) < n; i++ {
		from, to := "In"+strconv.Itoa(i%10), "Out"+strconv.Itoa(i/10%10)
		g.checkIn(1+i%1000, from, 1)
		if len(g.ops) < n {
			g.checkOut(0, to, 1)
		}
		if len(g.ops) < n {
			g.average(g.index[[2]string{from, to}])
		}
	}
	return g.input()
}
