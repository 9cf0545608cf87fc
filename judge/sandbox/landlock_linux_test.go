package sandbox

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestEnforcedABI: the ABI reported is the one go-landlock enforces, not
// the kernel's when they differ.
func TestEnforcedABI(t *testing.T) {
	tests := []struct {
		version, errata, want int
	}{
		{1, 0, 1},
		{5, 0, 5},
		{6, 2, 6},
		{6, 0, 5},   // signal scoping without its fix: go-landlock stays at 5
		{7, 1, 5},   // another erratum fixed, not that one
		{7, 7, 7},   // this machine's kind
		{14, 7, 11}, // a kernel newer than go-landlock knows
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("ABI %d errata %#x", tt.version, tt.errata), func(t *testing.T) {
			if diff := cmp.Diff(tt.want, enforcedABI(tt.version, tt.errata)); diff != "" {
				t.Errorf("enforced ABI (-want +got):\n%s", diff)
			}
		})
	}
}
