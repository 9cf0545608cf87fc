package session

import (
	"fmt"
	"time"
)

// ParseNow returns the clock for a JUDGE_NOW value: the real clock when it
// is empty, else a clock stopped at the given RFC 3339 time, so that tests
// and demos put a session anywhere in time without waiting for it, and
// read the same time however long a command takes on a busy machine (a
// clock that ran from there made scripts see 9:39 for 9:40 under load).
func ParseNow(value string) (func() time.Time, error) {
	if value == "" {
		return time.Now, nil
	}
	t, err := time.Parse(time.RFC3339Nano, value)
	if err != nil {
		return nil, fmt.Errorf("JUDGE_NOW=%q is not an RFC 3339 time such as 2030-01-02T15:04:05Z", value)
	}
	return func() time.Time { return t }, nil
}
