package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/loandesk/loandesk/bot/evalset"
)

const evalFixture = `{"text":"贷款100万，30年，利率3.5%，月供多少","lang":"zh-Hans","intent":"repayment_schedule","slots":{"principal":"1000000","term_months":360,"annual_rate_pct":"3.5"},"flags":[],"sentiment":"neutral"}

{"text":"你好","lang":"zh-Hans","intent":"greeting","slots":{},"flags":[],"sentiment":"neutral"}
{"text":"How much can I borrow if I earn 30k a month?","lang":"en","intent":"faq","slots":{},"flags":[],"sentiment":"neutral"}
`

func writeTemp(t *testing.T, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "set.jsonl")
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestEvalReportsAndExitsZero(t *testing.T) {
	path := writeTemp(t, evalFixture)
	out, _, err := runCmd(t, "", env(), "eval", "--data", path)
	if err != nil {
		t.Fatalf("a wrong reading must not fail the run: %v", err)
	}
	for _, want := range []string{"3 utterances", "intent     2        3", "intent misses (1)", "want faq, got quota_trial", "p50"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}

	out, _, err = runCmd(t, "", env(), "eval", "--json", "--rounds", "3", "--data", path)
	if err != nil {
		t.Fatal(err)
	}
	var r evalset.Report
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("%v in %s", err, out)
	}
	if r.Utterances != 3 || r.Intent.Correct != 2 || r.Slots.Correct != 2 || r.Lang.Correct != 3 || r.Timing.Samples != 9 {
		t.Errorf("report %+v", r)
	}
	if len(r.Misses) == 0 || r.Misses[0].Field != "intent" || r.Misses[0].Line != 4 {
		t.Errorf("misses %+v", r.Misses)
	}
}

func TestEvalUsageErrors(t *testing.T) {
	dir := t.TempDir()
	malformed := writeTemp(t, evalFixture+`{"text":"你好","lang":"zh-Hans","intent":"hi","slots":{},"flags":[],"sentiment":"neutral"}`+"\n")
	empty := writeTemp(t, "\n\n")
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"no data", []string{"eval"}, "--data FILE is required"},
		{"missing file", []string{"eval", "--data", filepath.Join(dir, "nope.jsonl")}, "nope.jsonl: no such file"},
		{"a folder", []string{"eval", "--data", dir}, dir},
		{"malformed", []string{"eval", "--data", malformed}, `line 5: unknown intent "hi"`},
		{"empty", []string{"eval", "--data", empty}, "no labelled utterances"},
		{"bad flag", []string{"eval", "--dta", "x"}, "flag provided but not defined"},
		{"bad rounds", []string{"eval", "--data", malformed, "--rounds", "0"}, "--rounds 0"},
		{"stray argument", []string{"eval", "--data", malformed, "extra"}, `unexpected argument "extra"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, _, err := runCmd(t, "", env(), tc.args...)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err %v, want it to mention %q", err, tc.want)
			}
			if exitCode(err) != 2 {
				t.Errorf("exit code %d, want 2", exitCode(err))
			}
			if out != "" {
				t.Errorf("printed a report on error: %s", out)
			}
		})
	}
}
