package complexity

import (
	"math"
	"testing"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Class
		ok   bool
	}{
		{"O(1)", Constant, true},
		{"O(log n)", Constant, true},
		{"o(LOG N)", Constant, true},
		{"O(n)", Linear, true},
		{"O(N)", Linear, true},
		{"O(n log n)", Linear, true},
		{"O(n * log(n))", Linear, true},
		{"O(n) average", Linear, true},
		{"O(n^2)", Quadratic, true},
		{"O(n²)", Quadratic, true},
		{"O(n*n)", Quadratic, true},
		{"O(n^3)", Cubic, true},
		{"O(2^n)", Exponential, true},
		{"O(n!)", Exponential, true},
		{"O(m·n)", Unknown, true},
		{"O(V + E)", Unknown, true},
		{"fast", Unknown, false},
		{"O()", Unknown, false},
		{"O(n", Unknown, false},
		{"", Unknown, false},
	} {
		got, ok := Parse(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("Parse(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestSame(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"O(n log n)", "o(N*log(n))", true},
		{"O(m·n)", "O(m * n)", true},
		{"O(n^2)", "O(n²)", true},
		{"O(1)", "O(log n)", false},
		{"O(n)", "O(n log n)", false},
		{"O(n)", "fast", false},
	} {
		if got := Same(tc.a, tc.b); got != tc.want {
			t.Errorf("Same(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// ladder times f on n = from, 2·from… to, in ns.
func ladder(from, to int, f func(n float64) float64) []Rung {
	var rs []Rung
	for n := from; n <= to; n *= 2 {
		rs = append(rs, Rung{N: n, NS: int64(f(float64(n)))})
	}
	return rs
}

func TestClassify(t *testing.T) {
	const overhead = 2_000 // ns a call costs whatever n is
	for _, tc := range []struct {
		name    string
		rungs   []Rung
		stopped int64
		want    Class
	}{
		{"constant", ladder(1024, 1<<20, func(float64) float64 { return overhead }), 0, Constant},
		{"logarithmic", ladder(1024, 1<<20, func(n float64) float64 { return overhead + 100*math.Log2(n) }), 0, Constant},
		{"linear", ladder(1024, 1<<20, func(n float64) float64 { return overhead + 3*n }), 0, Linear},
		{"n log n", ladder(1024, 1<<20, func(n float64) float64 { return overhead + 3*n*math.Log2(n) }), 0, Linear},
		{"quadratic", ladder(64, 1<<14, func(n float64) float64 { return overhead + n*n }), 0, Quadratic},
		{"cubic", ladder(16, 1024, func(n float64) float64 { return overhead + n*n*n }), 0, Cubic},
		{"exponential, stopped", ladder(4, 16, func(n float64) float64 { return math.Pow(2, n) * 10 }), 1e9, Exponential},
		{"quadratic, stopped at the limit", ladder(1024, 16384, func(n float64) float64 { return n * n }), 1e9, Quadratic},
		{"too slow at once", nil, 1e9, Unknown},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Classify(tc.rungs, tc.stopped)
			if got.Class != tc.want {
				t.Errorf("Classify = %v (%s), want %v", got.Class, got.Evidence, tc.want)
			}
			if got.Evidence == "" {
				t.Error("no evidence")
			}
		})
	}
}

// TestClassifyNoise: timings off by up to 30% either way keep their class.
func TestClassifyNoise(t *testing.T) {
	jitter := []float64{1.3, 0.7, 1.2, 0.8, 1.3, 0.75, 1.25, 0.7, 1.3, 0.8, 1.2}
	for _, tc := range []struct {
		f    func(n float64) float64
		want Class
	}{
		{func(n float64) float64 { return 5 * n }, Linear},
		{func(n float64) float64 { return n * n / 4 }, Quadratic},
	} {
		var rs []Rung
		for i, n := 0, 4096; n <= 1<<22; i, n = i+1, n*2 {
			rs = append(rs, Rung{N: n, NS: int64(tc.f(float64(n)) * jitter[i%len(jitter)])})
		}
		if got := Classify(rs, 0); got.Class != tc.want {
			t.Errorf("noisy ladder: %v (%s), want %v", got.Class, got.Evidence, tc.want)
		}
	}
}

func TestClassText(t *testing.T) {
	for c := Unknown; c <= Exponential; c++ {
		b, _ := c.MarshalText()
		var back Class
		if err := back.UnmarshalText(b); err != nil || back != c {
			t.Errorf("%v: round trip gave %v, %v", c, back, err)
		}
	}
}

// TestRelative: the memory hierarchy's slowdown at large sizes, shared by
// two programs timed together, cancels in their ratio; a factor of n more
// work does not.
func TestRelative(t *testing.T) {
	// Per-element cost rising 1.5, 2, 3.5, 5 ns: a linear pass whose data
	// leaves the caches, alone reading as quadratic.
	perElem := []float64{1.5, 2, 3.5, 5}
	var ref, same, quad []Rung
	for i, c := range perElem {
		n := 65536 << i
		ref = append(ref, Rung{N: n, NS: int64(c * float64(n))})
		same = append(same, Rung{N: n, NS: int64(1.3 * c * float64(n))})
		quad = append(quad, Rung{N: n, NS: int64(c * float64(n) * float64(n) / 1000)})
	}
	if m := Classify(ref, 0); m.Class != Quadratic {
		t.Fatalf("the fixture should read as quadratic alone, got %s (%s)", m.Class, m.Evidence)
	}
	for _, tc := range []struct {
		name   string
		a      []Rung
		lo, hi float64
	}{
		{"same growth, slower constant", same, -0.05, 0.05},
		{"a factor of n more", quad, 0.95, 1.05},
	} {
		s, ok := Relative(tc.a, ref)
		if !ok || s < tc.lo || s > tc.hi {
			t.Errorf("%s: Relative = %v, %v; want a slope in [%v, %v]", tc.name, s, ok, tc.lo, tc.hi)
		}
	}
	// Below the floor or on sizes the other did not reach: nothing to fit.
	small := []Rung{{N: 1024, NS: 1000}, {N: 2048, NS: 2000}, {N: 4096, NS: 60_000}}
	if s, ok := Relative(small, ref); ok {
		t.Errorf("Relative over disjoint sizes = %v, true; want false", s)
	}
	if s, ok := Relative(ref[:1], ref); ok {
		t.Errorf("Relative over one size = %v, true; want false", s)
	}
}
