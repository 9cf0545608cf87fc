package verdict

import (
	"encoding/json"
	"testing"
)

func TestVerdictNames(t *testing.T) {
	all := All()
	if len(all) != len(verdictTitles) {
		t.Fatalf("%d verdicts but %d titles", len(all), len(verdictTitles))
	}
	for _, v := range all {
		b, err := json.Marshal(v)
		var back Verdict
		if err != nil || json.Unmarshal(b, &back) != nil || back != v {
			t.Errorf("%s does not round-trip through JSON: %s, %v", v, b, err)
		}
		if p, err := Parse(v.String()); err != nil || p != v {
			t.Errorf("Parse(%q) = %v, %v", v.String(), p, err)
		}
		if v.Title() == v.String() {
			t.Errorf("%s has no title", v)
		}
	}
	if _, err := Parse("accept"); err == nil {
		t.Error("Parse took an unknown name")
	}
}
