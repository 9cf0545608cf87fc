package command

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/judgehq/judge/judge/session"
)

// readHistory reads the history for the commands that derive figures
// from it (stats, next, plan), without the code of each judged file:
// decoding that was most of their time on a long history (10,000
// attempts keep about 20 MB of code). A history with a damaged line is
// read by the store instead, which sets the line aside with a warning.
func readHistory(st *session.Store) ([]session.Record, error) {
	b, err := os.ReadFile(filepath.Join(st.Dir, session.HistoryFile))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return st.History()
	}
	records, damaged, err := session.ParseHistory(bytes.NewReader(withoutCode(b)))
	if err != nil || len(damaged) > 0 {
		return st.History()
	}
	return records, nil
}

// codeKey starts the member that holds a judged file's code.
var codeKey = []byte(`"code":"`)

// withoutCode is history b with every code string emptied. A quote
// outside a string is never escaped, so codeKey cannot match inside a
// string value; a line torn inside the code keeps its rest as it was, and
// stays damaged.
func withoutCode(b []byte) []byte {
	out := make([]byte, 0, len(b)/4)
	for {
		i := bytes.Index(b, codeKey)
		if i < 0 {
			return append(out, b...)
		}
		out = append(out, b[:i+len(codeKey)]...)
		b = b[i+len(codeKey):]
		end := stringEnd(b)
		if end < 0 {
			return append(out, b...)
		}
		out = append(out, '"')
		b = b[end+1:]
	}
}

// stringEnd is the index of the quote that closes the JSON string whose
// contents b starts with; -1 when the line ends first.
func stringEnd(b []byte) int {
	for i := 0; ; {
		j := bytes.IndexByte(b[i:], '"')
		if j < 0 || bytes.IndexByte(b[i:i+j], '\n') >= 0 {
			return -1
		}
		// The quote is escaped when an odd run of backslashes precedes it.
		k := i + j
		n := 0
		for k-n > 0 && b[k-n-1] == '\\' {
			n++
		}
		if n%2 == 0 {
			return k
		}
		i = k + 1
	}
}
