//go:build !race

package judge_test

// raceEnabled: the race detector multiplies memory and time.
const raceEnabled = false
