package judge_test

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/driver"
	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/judge/shape"
)

// TestShapesRoundTrip builds, for every shape of the registry, a program
// whose solution returns its argument, and runs it on the shape's
// example: the driver's decoder and encoder must give the value back
// (shapes of nodes a solution must copy refuse it, naming the reused
// node). This is each shape's generated driver compiled and run for real.
func TestShapesRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the Go toolchain")
	}
	for _, sh := range shape.All() {
		t.Run(sh.Key(), func(t *testing.T) {
			t.Parallel()
			p := &problem.Problem{Slug: "shape", Node: sh.Node, Limits: problem.Limits{MemoryMB: 256}, Sig: problem.Signature{Function: &problem.Function{
				Name: "f", Params: []problem.Param{{Name: "x", Type: sh.Type}}, Returns: sh.Type,
			}}}
			c, err := judge.Compile(context.Background(), p, driver.Source{Name: "solution.go", Code: "func f(x " + sh.Type + ") " + sh.Type + " { return x }\n"})
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			outs, err := testJudge().Outputs(context.Background(), c, []map[string]json.RawMessage{{"x": json.RawMessage(sh.Example)}})
			if err != nil {
				t.Fatal(err)
			}
			o := outs[0]
			switch {
			case sh.Copy:
				if !strings.Contains(o.Failed, "reuses node") {
					t.Errorf("returning the input itself gave %s / %q; want it refused as no copy", o.Out, o.Failed)
				}
				return
			case sh.EchoFails:
				if o.Failed == "" {
					t.Errorf("returning the input itself gave %s; want it refused", o.Out)
				}
				return
			}
			var want bytes.Buffer
			json.Compact(&want, []byte(sh.Example))
			if o.Failed != "" || string(o.Out) != want.String() {
				t.Errorf("%s came back as %s (failed: %q)", sh.Example, o.Out, o.Failed)
			}
		})
	}
}
