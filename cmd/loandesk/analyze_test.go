package main

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/loandesk/loandesk/bot/signals"
)

// analyzeOne runs `loandesk analyze` on one text and returns its line as raw
// JSON fields, so that a missing or null field shows.
func analyzeOne(t *testing.T, text string) map[string]json.RawMessage {
	t.Helper()
	in, _ := json.Marshal(map[string]string{"text": text})
	out, _, err := runCmd(t, string(in)+"\n", env(), "analyze")
	if err != nil {
		t.Fatal(err)
	}
	var line map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &line); err != nil {
		t.Fatalf("%v in %s", err, out)
	}
	return line
}

// TestAnalyzeLineShape holds every line to PROTOCOL.md: {text, lang, intent,
// slots{}, sentiment{label, score}, flags[{code, severity, evidence}]}, with
// flags an array even when empty.
func TestAnalyzeLineShape(t *testing.T) {
	for _, text := range []string{"你好", "贷款100万，30年，利率3.5%，月供多少", "我失业了，这个月还不上", "I lost my job and can't pay this month"} {
		t.Run(text, func(t *testing.T) {
			line := analyzeOne(t, text)
			var keys []string
			for k := range line {
				keys = append(keys, k)
			}
			slices.Sort(keys)
			if want := []string{"flags", "intent", "lang", "sentiment", "slots", "text"}; !slices.Equal(keys, want) {
				t.Fatalf("fields %v, want %v", keys, want)
			}
			var echoed string
			if err := json.Unmarshal(line["text"], &echoed); err != nil || echoed != text {
				t.Errorf("text %s", line["text"])
			}
			var slots map[string]any
			if err := json.Unmarshal(line["slots"], &slots); err != nil || slots == nil {
				t.Errorf("slots %s: want an object", line["slots"])
			}

			var sentiment map[string]json.RawMessage
			if err := json.Unmarshal(line["sentiment"], &sentiment); err != nil || len(sentiment) != 2 {
				t.Fatalf("sentiment %s: want {label, score}", line["sentiment"])
			}
			var label string
			var score float64
			if json.Unmarshal(sentiment["label"], &label) != nil || !slices.Contains([]string{"negative", "neutral", "positive"}, label) {
				t.Errorf("sentiment label %s", sentiment["label"])
			}
			if json.Unmarshal(sentiment["score"], &score) != nil || score < -1 || score > 1 {
				t.Errorf("sentiment score %s: want a number in -1…1", sentiment["score"])
			}

			if !bytes.HasPrefix(line["flags"], []byte("[")) {
				t.Fatalf("flags %s: want an array", line["flags"])
			}
			var flags []map[string]string
			if err := json.Unmarshal(line["flags"], &flags); err != nil {
				t.Fatalf("flags %s: %v", line["flags"], err)
			}
			for _, f := range flags {
				if len(f) != 3 || signals.SeverityOf(f["code"]) == "" || f["severity"] != signals.SeverityOf(f["code"]) {
					t.Errorf("flag %v: want {code, severity, evidence} with the code's severity", f)
				}
				if f["evidence"] == "" || !strings.Contains(text, f["evidence"]) {
					t.Errorf("flag %v: evidence must be the customer's own words", f)
				}
			}
		})
	}
}

// TestAnalyzeRaisesFlags needs the signals detector: until it lands, Detect
// finds nothing and this fails.
func TestAnalyzeRaisesFlags(t *testing.T) {
	line := analyzeOne(t, "我失业了，这个月还不上")
	var flags []struct{ Code, Severity, Evidence string }
	if err := json.Unmarshal(line["flags"], &flags); err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(flags, func(f struct{ Code, Severity, Evidence string }) bool { return f.Code == "job_loss" })
	if i < 0 {
		t.Fatalf("flags %s: want job_loss among them", line["flags"])
	}
	if flags[i].Severity != "high" || flags[i].Evidence == "" {
		t.Errorf("job_loss flag %+v: want high severity with evidence", flags[i])
	}
}
