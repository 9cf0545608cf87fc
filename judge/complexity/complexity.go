// Package complexity reads complexity classes written by people ("O(n log
// n)", "O(n²)") and tells a class from timings of one function on a ladder of
// input sizes, as Codility's detected complexity does: by how the time grows
// per doubling of n.
package complexity

import (
	"fmt"
	"math"
	"strings"
)

// Class is a class of growth that timings can tell apart. Neighbours that
// timings over practical sizes cannot separate share a class: O(1) with
// O(log n), and O(n) with O(n log n).
type Class int

// The classes, slowest growth first.
const (
	Unknown Class = iota
	Constant
	Linear
	Quadratic
	Cubic
	Exponential
)

var names = [...]string{
	Unknown:     "unknown",
	Constant:    "O(1) or O(log n)",
	Linear:      "O(n) or O(n log n)",
	Quadratic:   "O(n^2)",
	Cubic:       "O(n^3)",
	Exponential: "O(2^n)",
}

// String is the class as reports and JSON show it.
func (c Class) String() string {
	if c < 0 || int(c) >= len(names) {
		return names[Unknown]
	}
	return names[c]
}

// MarshalText writes the class's name, so that JSON carries the strings.
func (c Class) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText reads a class's name.
func (c *Class) UnmarshalText(b []byte) error {
	for i, n := range names {
		if n == string(b) {
			*c = Class(i)
			return nil
		}
	}
	return fmt.Errorf("unknown complexity class %q", b)
}

// spellings folds the ways of writing one function into one spelling,
// after normalise.
var spellings = map[string]string{
	"log(n)": "logn", "nlog(n)": "nlogn", "logn*n": "nlogn",
	"n*n": "n^2", "n^2log(n)": "n^2logn", "n*n*n": "n^3", "2^n*n": "n*2^n",
}

// classes maps a function of n, in its one spelling, to its class.
var classes = map[string]Class{
	"1": Constant, "logn": Constant,
	"n": Linear, "nlogn": Linear,
	"n^2": Quadratic, "n^2logn": Quadratic,
	"n^3": Cubic,
	"2^n": Exponential, "n*2^n": Exponential, "n!": Exponential, "n*n!": Exponential,
}

// Parse reads a complexity in n, such as "O(n log n)", "o(N^2)" or "O(n²)
// amortised", into its class. Text after the closing parenthesis is allowed.
// The second result is false when s is not of the form O(...) at all; a
// well-formed complexity in other variables ("O(m·n)", "O(V + E)") is
// Unknown, true.
func Parse(s string) (Class, bool) {
	f, ok := function(s)
	if !ok {
		return Unknown, false
	}
	return classes[f], true
}

// function is what stands inside the O( ... ) that s starts with, in one
// spelling: lower case, no spaces, products with *, powers with ^.
func function(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 3 || (s[0] != 'O' && s[0] != 'o') {
		return "", false
	}
	rest := strings.TrimLeft(s[1:], " ")
	if !strings.HasPrefix(rest, "(") {
		return "", false
	}
	depth := 0
	for i, r := range rest {
		switch r {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				f := normalise(rest[1:i])
				if c, ok := spellings[f]; ok {
					f = c
				}
				return f, f != ""
			}
		}
	}
	return "", false
}

func normalise(s string) string {
	r := strings.NewReplacer(" ", "", "\t", "", "·", "*", "×", "*", "⋅", "*", "²", "^2", "³", "^3", "**", "^")
	s = r.Replace(strings.ToLower(s))
	s = strings.ReplaceAll(s, "log2", "log")
	s = strings.ReplaceAll(s, "lgn", "logn")
	// "n*logn" and "nlogn" are one thing.
	return strings.ReplaceAll(s, "*log", "log")
}

// Same reports whether two written complexities say the same function
// once spelling is folded: "O(n log n)" and "o(N*log(n))", "O(m·n)" and
// "O(m * n)". O(1) and O(log n) are not the same, though they share a class.
func Same(a, b string) bool {
	fa, oka := function(a)
	fb, okb := function(b)
	return oka && okb && fa == fb
}

// Rung is one size of a ladder and the time the function took on it.
type Rung struct {
	N  int   `json:"n"`
	NS int64 `json:"ns"`
}

// Measurement is what a ladder of timings shows.
type Measurement struct {
	Class Class `json:"class"`
	// Slope is the log-log slope of time against n over the rungs that
	// count: the exponent of a polynomial. Zero when not fitted.
	Slope float64 `json:"slope"`
	// PerDoubling is the factor by which the time grew per doubling of n.
	PerDoubling float64 `json:"per_doubling"`
	// Evidence says in words what the class rests on.
	Evidence string `json:"evidence"`
}

// Floor is the least time of a rung that the fit trusts: below it, fixed
// costs (the timer, the call, caches) outweigh the growth being measured.
const Floor = 50_000 // ns

// Classify tells the class of a function from its times on rungs of
// doubling n, smallest first. stoppedAt is the time limit of a rung that
// was stopped (the function took longer there), or 0 when every rung ran.
func Classify(rungs []Rung, stoppedAt int64) Measurement {
	if len(rungs) == 0 {
		if stoppedAt > 0 {
			return Measurement{Class: Unknown, Evidence: fmt.Sprintf("even the smallest input took more than %s", showNS(stoppedAt))}
		}
		return Measurement{Class: Unknown, Evidence: "nothing was measured"}
	}
	last := rungs[len(rungs)-1]
	// A rung stopped far beyond the one before it: a polynomial of a
	// degree an interview would meet grows at most about 8 times per
	// doubling, so 64 times is exponential.
	if stoppedAt > 0 && last.NS > 0 && stoppedAt/last.NS >= 64 {
		return Measurement{
			Class:       Exponential,
			PerDoubling: float64(stoppedAt) / float64(last.NS),
			Evidence: fmt.Sprintf("time ×%.0f or more from n=%d to n=%d (%s, then past %s)",
				float64(stoppedAt)/float64(last.NS), last.N, 2*last.N, showNS(last.NS), showNS(stoppedAt)),
		}
	}
	var fit []Rung
	for _, r := range rungs {
		if r.NS >= Floor {
			fit = append(fit, r)
		}
	}
	if len(fit) > 4 {
		fit = fit[len(fit)-4:]
	}
	if len(fit) < 2 {
		if last.NS < Floor {
			return Measurement{Class: Constant, Evidence: fmt.Sprintf("%s at n=%d, the largest input: no growth to measure", showNS(last.NS), last.N)}
		}
		if len(rungs) < 2 {
			return Measurement{Class: Unknown, Evidence: fmt.Sprintf("only one size was measured (n=%d, %s)", last.N, showNS(last.NS))}
		}
		// One rung above the floor: the last two rungs are the evidence.
		fit = rungs[len(rungs)-2:]
	}
	slope := fitSlope(fit)
	m := Measurement{Slope: round2(slope), PerDoubling: round2(math.Pow(2, slope))}
	switch {
	case slope < 0.45:
		m.Class = Constant
	case slope < 1.5:
		m.Class = Linear
	case slope < 2.5:
		m.Class = Quadratic
	case slope < 3.5:
		m.Class = Cubic
	default:
		m.Class = Exponential
	}
	m.Evidence = fmt.Sprintf("time ×%.1f per doubling of n, log-log slope %.2f (n=%d…%d, %s…%s)",
		m.PerDoubling, m.Slope, fit[0].N, fit[len(fit)-1].N, showNS(fit[0].NS), showNS(fit[len(fit)-1].NS))
	return m
}

// fitSlope is the least-squares slope of log time against log n.
func fitSlope(rs []Rung) float64 {
	var sx, sy, sxx, sxy float64
	for _, r := range rs {
		x, y := math.Log(float64(r.N)), math.Log(float64(max(r.NS, 1)))
		sx, sy, sxx, sxy = sx+x, sy+y, sxx+x*x, sxy+x*y
	}
	k := float64(len(rs))
	d := k*sxx - sx*sx
	if d == 0 {
		return 0
	}
	return (k*sxy - sx*sy) / d
}

func round2(f float64) float64 { return math.Round(f*100) / 100 }

func showNS(ns int64) string {
	switch {
	case ns < 1_000:
		return fmt.Sprintf("%d ns", ns)
	case ns < 1_000_000:
		return fmt.Sprintf("%.0f µs", float64(ns)/1e3)
	case ns < 1_000_000_000:
		return fmt.Sprintf("%.1f ms", float64(ns)/1e6)
	}
	return fmt.Sprintf("%.2f s", float64(ns)/1e9)
}

// Relative is the log-log slope of one function's time divided by
// another's, over the sizes both measured above Floor (the last four): 0
// when the first grows as the second does, 1 when it grows a factor of n
// faster. Timed one after the other on the same ladder, the two pay alike
// for what the machine adds at large sizes (caches, other processes'
// memory traffic), which the ratio cancels. ok is false with fewer than
// two such sizes.
func Relative(a, b []Rung) (slope float64, ok bool) {
	bs := map[int]int64{}
	for _, r := range b {
		if r.NS >= Floor {
			bs[r.N] = r.NS
		}
	}
	var ratio []Rung
	for _, r := range a {
		if d, found := bs[r.N]; found && r.NS >= Floor {
			// The ratio as a time: scaled, so that rounding keeps it exact
			// enough, and n as it is.
			ratio = append(ratio, Rung{N: r.N, NS: max(1, r.NS*1_000_000/d)})
		}
	}
	if len(ratio) > 4 {
		ratio = ratio[len(ratio)-4:]
	}
	if len(ratio) < 2 {
		return 0, false
	}
	return round2(fitSlope(ratio)), true
}
