package session

import (
	"fmt"
	"time"
)

// ParseNow returns the clock for a JUDGE_NOW value: the real clock when it
// is empty, else a clock that reads the given RFC 3339 time at start and
// runs from there, so that tests and demos can put a session anywhere in
// time without waiting for it.
func ParseNow(value string, start time.Time) (func() time.Time, error) {
	if value == "" {
		return time.Now, nil
	}
	t, err := time.Parse(time.RFC3339Nano, value)
	if err != nil {
		return nil, fmt.Errorf("JUDGE_NOW=%q is not an RFC 3339 time such as 2030-01-02T15:04:05Z", value)
	}
	return func() time.Time { return t.Add(time.Since(start)) }, nil
}
