package judge

import "testing"

func TestTestOutput(t *testing.T) {
	const m = "judge-0123"
	mark := func(i string) string { return "\x1e" + m + " " + i + "\x1e" }
	stream := "init\n" + mark("0") + "zero\n" + mark("1") + "one\n" + mark("2") + "two\n"
	for _, c := range []struct {
		name       string
		head, tail string
		test       int
		want       string
	}{
		{"first test includes init", stream, "", 0, "init\nzero\n"},
		{"a middle test", stream, "", 1, "one\n"},
		{"the last test", stream, "", 2, "two\n"},
		{"the next test's output is cut", stream + mark("3") + "three\n", "", 2, "two\n"},
		{"found in the tail", "init\n" + mark("0") + "zero zero", "zero\n" + mark("1") + "one\n" + mark("2") + "two\n", 2, "two\n"},
		{"mark lost: the head without marks", "init\n" + mark("0") + "zero", "", 5, "init\nzero"},
		{"another run's mark stays", "x\x1ejudge-9 1\x1e", "", 0, "x\x1ejudge-9 1\x1e"},
		{"mark 1 is not mark 10", stream + mark("10") + "ten\n", "", 10, "ten\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var tail []byte
			if c.tail != "" {
				tail = []byte(c.tail)
			}
			if got := string(testOutput([]byte(c.head), tail, m, c.test)); got != c.want {
				t.Errorf("testOutput(test %d) = %q, want %q", c.test, got, c.want)
			}
		})
	}
}
