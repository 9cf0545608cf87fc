package judge

import (
	"context"
	"encoding/json"
	"math/rand/v2"
	"testing"

	"github.com/judgehq/judge/judge/driver"
	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/problems"
)

// TestRandomPickCheckers runs the random-pick problems' checkers on 100
// seeds' worth of picks: a fair picker's are accepted in at least 99 of
// 100 (the checkers' stated false-alarm rate is below 10^-10 a test), and
// a biased picker's refused in every one.
func TestRandomPickCheckers(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the Go toolchain")
	}
	bank, err := problems.BySlug()
	if err != nil {
		t.Fatal(err)
	}
	const seeds, picks = 100, 20000
	type picker func(rng *rand.Rand) int
	for _, tc := range []struct {
		slug, op string
		ctor     any   // the constructor's argument
		arg      []any // each pick's arguments
		fair     picker
		biased   map[string]picker
	}{
		{
			slug: "random-pick-with-weight", op: "pickIndex", ctor: []int{1, 3, 6},
			fair: func(rng *rand.Rand) int {
				r := rng.IntN(10)
				switch {
				case r < 1:
					return 0
				case r < 4:
					return 1
				}
				return 2
			},
			biased: map[string]picker{
				"uniform": func(rng *rand.Rand) int { return rng.IntN(3) },
				// 10%, 35%, 55% where 10%, 30%, 60% is right.
				"slightly off": func(rng *rand.Rand) int {
					r := rng.IntN(20)
					switch {
					case r < 2:
						return 0
					case r < 9:
						return 1
					}
					return 2
				},
				"never index 0": func(rng *rand.Rand) int {
					if rng.IntN(9) < 3 {
						return 1
					}
					return 2
				},
			},
		},
		{
			slug: "random-pick-index", op: "pick", ctor: []int{4, 7, 4, 2, 4}, arg: []any{4},
			fair: func(rng *rand.Rand) int { return []int{0, 2, 4}[rng.IntN(3)] },
			biased: map[string]picker{
				"never the last": func(rng *rand.Rand) int { return []int{0, 2}[rng.IntN(2)] },
				"first half":     func(rng *rand.Rand) int { return []int{0, 0, 2, 4}[rng.IntN(4)] },
			},
		},
	} {
		p := bank[tc.slug]
		if p == nil {
			t.Fatalf("no %s in the bank", tc.slug)
		}
		ops := []string{"Solution"}
		args := []any{[]any{tc.ctor}}
		for range picks {
			ops = append(ops, tc.op)
			args = append(args, append([]any{}, tc.arg...))
		}
		in := map[string]json.RawMessage{"operations": mustMarshal(t, ops), "arguments": mustMarshal(t, args)}
		run := func(pick picker) []string {
			var inputs []map[string]json.RawMessage
			var answers []json.RawMessage
			for seed := range uint64(seeds) {
				rng := rand.New(rand.NewPCG(seed, 0x5eed))
				out := []any{nil}
				for range picks {
					out = append(out, pick(rng))
				}
				inputs, answers = append(inputs, in), append(answers, mustMarshal(t, out))
			}
			msgs, err := (&Judge{CacheDir: t.TempDir()}).checkAnswers(context.Background(), p, inputs, answers, answers)
			if err != nil {
				t.Fatal(err)
			}
			return msgs
		}
		accepted := 0
		for _, m := range run(tc.fair) {
			if m == "" {
				accepted++
			}
		}
		if accepted < 99 {
			t.Errorf("%s: a fair picker was accepted in %d of %d seeds; want at least 99", tc.slug, accepted, seeds)
		}
		for name, b := range tc.biased {
			for i, m := range run(b) {
				if m == "" {
					t.Errorf("%s: a biased picker (%s) was accepted with seed %d", tc.slug, name, i)
					break
				}
			}
		}
	}
}

func mustMarshal(t *testing.T, v any) json.RawMessage {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestRandomReproducible: math/rand's global functions draw the same in
// every run of a judged program, so a randomized solution's verdict does
// not change from one submit to the next.
func TestRandomReproducible(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the Go toolchain")
	}
	p := &problem.Problem{Slug: "draw", Limits: problem.Limits{MemoryMB: 256}, Sig: problem.Signature{Function: &problem.Function{
		Name: "draw", Params: []problem.Param{{Name: "n", Type: "int"}}, Returns: "[]int",
	}}}
	c, err := Compile(context.Background(), p, driver.Source{Name: "solution.go", Code: "func draw(n int) []int {\n\tout := make([]int, n)\n\tfor i := range out {\n\t\tout[i] = rand.Intn(1 << 30)\n\t}\n\treturn out\n}\n"})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	j := &Judge{CacheDir: t.TempDir()}
	in := []map[string]json.RawMessage{{"n": json.RawMessage("8")}}
	a, err := j.Outputs(context.Background(), c, in)
	if err != nil {
		t.Fatal(err)
	}
	b, err := j.Outputs(context.Background(), c, in)
	if err != nil {
		t.Fatal(err)
	}
	if a[0].Failed != "" || string(a[0].Out) != string(b[0].Out) {
		t.Errorf("two runs drew %s and %s (%s)", a[0].Out, b[0].Out, a[0].Failed)
	}
}
