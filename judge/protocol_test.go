package judge

import (
	"bytes"
	"encoding/json"
	"testing"
)

// feed runs lines through the protocol as execution.run does and returns
// the first violation, or "".
func feed(tests int, lines ...string) (string, *outcome) {
	o := &outcome{}
	p := &protocol{tests: tests, o: o}
	for _, l := range lines {
		var m message
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			return "unreadable", o
		}
		if why := p.check(&m); why != "" {
			return why, o
		}
		switch {
		case m.B != nil:
			o.started++
		case m.E != nil:
			o.finished++
		case m.Done:
			o.done = true
		}
	}
	return "", o
}

func TestProtocol(t *testing.T) {
	for _, c := range []struct {
		name  string
		tests int
		lines []string
		ok    bool
	}{
		{"a whole run", 2, []string{`{"b":0}`, `{"e":0,"out":1}`, `{"b":1}`, `{"e":1,"out":2}`, `{"done":true}`}, true},
		{"a run stopped at a failure", 2, []string{`{"b":0}`, `{"e":0,"panic":"x"}`}, true},
		{"a driver failure", 2, []string{`{"b":0}`, `{"fatal":"x"}`}, true},
		{"a generator run", -1, []string{`{"name":"a","input":{}}`, `{"done":true}`}, true},
		{"a result without its test begun", 2, []string{`{"e":0,"out":1}`}, false},
		{"the end before the last test", 2, []string{`{"b":0}`, `{"e":0,"out":1}`, `{"done":true}`}, false},
		{"the end during a test", 1, []string{`{"b":0}`, `{"done":true}`}, false},
		{"a test begun twice", 2, []string{`{"b":0}`, `{"b":0}`}, false},
		{"a test skipped", 3, []string{`{"b":0}`, `{"e":0}`, `{"b":2}`}, false},
		{"a result for another test", 2, []string{`{"b":0}`, `{"e":1}`}, false},
		{"a test past the last", 1, []string{`{"b":0}`, `{"e":0}`, `{"b":1}`}, false},
		{"a line after the end", 1, []string{`{"b":0}`, `{"e":0}`, `{"done":true}`, `{"done":true}`}, false},
		{"two kinds in one line", 1, []string{`{"b":0,"e":0}`}, false},
		{"an empty message", 1, []string{`{}`}, false},
		{"a result in a generator run", -1, []string{`{"b":0}`}, false},
		{"a generated case in a test run", 1, []string{`{"name":"a","input":{}}`}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			why, _ := feed(c.tests, c.lines...)
			if (why == "") != c.ok {
				t.Errorf("violation %q, want ok=%v", why, c.ok)
			}
		})
	}
}

// FuzzProtocol: whatever lines arrive on the channel, what the protocol
// accepts keeps the run's counters consistent, and the end of a run is
// accepted only after every test's result.
func FuzzProtocol(f *testing.F) {
	f.Add(3, []byte("{\"b\":0}\n{\"e\":0,\"out\":[1]}\n{\"b\":1}\n{\"e\":1}\n{\"done\":true}\n"))
	f.Add(1, []byte("{\"e\":0}\n{\"done\":true}\n"))
	f.Add(-1, []byte("{\"name\":\"x\",\"input\":{}}\n{\"done\":true}\n"))
	f.Fuzz(func(t *testing.T, tests int, data []byte) {
		if tests < -1 || tests > 1000 {
			return
		}
		var lines []string
		for _, l := range bytes.Split(data, []byte("\n")) {
			lines = append(lines, string(l))
		}
		why, o := feed(tests, lines...)
		if o.finished > o.started || o.started > o.finished+1 {
			t.Fatalf("accepted %d results for %d tests begun", o.finished, o.started)
		}
		if tests >= 0 && o.started > tests {
			t.Fatalf("accepted %d tests of %d", o.started, tests)
		}
		if o.done && tests >= 0 && o.finished != tests {
			t.Fatalf("accepted the end after %d of %d tests", o.finished, tests)
		}
		_ = why
	})
}
