package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

func env(kv ...string) func(string) string {
	m := map[string]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return func(k string) string { return m[k] }
}

func runCmd(t *testing.T, stdin string, getenv func(string) string, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(t.Context(), args, strings.NewReader(stdin), &out, &errb, getenv)
	return out.String(), errb.String(), err
}

func TestConfigNamesWhatIsWrong(t *testing.T) {
	for _, tc := range []struct {
		name string
		env  func(string) string
		args []string
		want string
	}{
		{"secret required", env(), nil, "LOANDESK_JWT_SECRET: required"},
		{"short secret", env("LOANDESK_JWT_SECRET", "short"), nil, "at least 32 bytes"},
		{"bad duration", env("LOANDESK_TURN_TIMEOUT", "soon"), []string{"--demo"}, "LOANDESK_TURN_TIMEOUT"},
		{"negative duration", env(), []string{"--demo", "--idle-timeout", "-1m"}, "LOANDESK_IDLE_TIMEOUT"},
		{"not yet supported", env("LOANDESK_LLM_BASE_URL", "http://llm"), []string{"--demo"}, "LOANDESK_LLM_BASE_URL: not supported"},
		{"bad seat capacity", env(), []string{"--demo", "--seat-capacity", "0"}, "LOANDESK_SEAT_CAPACITY"},
		{"bad message limit", env("LOANDESK_MESSAGE_LIMIT", "lots"), []string{"--demo"}, "LOANDESK_MESSAGE_LIMIT"},
		{"bad instance id", env("LOANDESK_INSTANCE_ID", "a|b"), []string{"--demo"}, "LOANDESK_INSTANCE_ID"},
		{"bad level", env("LOANDESK_LOG_LEVEL", "loud"), []string{"--demo"}, "LOANDESK_LOG_LEVEL"},
		{"stray argument", env(), []string{"--demo", "extra"}, "unexpected argument"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := loadConfig(tc.args, tc.env, &bytes.Buffer{})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err %v, want it to mention %q", err, tc.want)
			}
			if exitCode(err) != 2 {
				t.Errorf("exit code %d, want 2", exitCode(err))
			}
		})
	}
	c, err := loadConfig([]string{"--addr", ":9999"}, env("LOANDESK_ADDR", ":1111", "LOANDESK_JWT_SECRET", strings.Repeat("k", 32), "LOANDESK_ALLOWED_ORIGINS", "https://a.example, https://b.example"), &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	if c.Addr != ":9999" || len(c.AllowedOrigins) != 2 || c.TurnTimeout.Seconds() != 30 || c.IdleTimeout.Minutes() != 30 {
		t.Errorf("flags over env and defaults: %+v", c)
	}
}

func TestUnknownCommand(t *testing.T) {
	_, stderr, err := runCmd(t, "", env(), "frobnicate")
	var u usageError
	if !errors.As(err, &u) || !strings.Contains(stderr, "usage") {
		t.Fatalf("err %v stderr %q", err, stderr)
	}
}

func TestCalcMatchesTheReferenceFigures(t *testing.T) {
	out, _, err := runCmd(t, "", env(), "calc", "schedule", "--json", "--principal", "1000000", "--annual-rate-pct", "4.9", "--term_months", "360")
	if err != nil {
		t.Fatal(err)
	}
	var card struct {
		Kind          string            `json:"kind"`
		FirstPayment  string            `json:"first_payment"`
		LastPayment   string            `json:"last_payment"`
		TotalInterest string            `json:"total_interest"`
		Rows          []json.RawMessage `json:"rows"`
	}
	if err := json.Unmarshal([]byte(out), &card); err != nil {
		t.Fatalf("%v in %s", err, out)
	}
	if card.Kind != "repayment_schedule" || card.FirstPayment != "5307.27" || card.LastPayment != "5305.19" || card.TotalInterest != "910615.12" || len(card.Rows) != 360 {
		t.Errorf("schedule card %+v with %d rows", card, len(card.Rows))
	}
	out, _, err = runCmd(t, "", env(), "calc", "schedule", "--principal=1000000", "--annual_rate_pct=4.9", "--term_months=360", "--method=equal_principal")
	if err != nil || !strings.Contains(out, "6861.11") || !strings.Contains(out, "737041.08") {
		t.Errorf("equal principal table: %v\n%s", err, out)
	}
	_, _, err = runCmd(t, "", env(), "calc", "schedule", "--principal", "abc", "--annual_rate_pct", "4.9", "--term_months", "360")
	if err == nil || !strings.Contains(err.Error(), "invalid_principal") {
		t.Errorf("bad principal: %v", err)
	}
	_, _, err = runCmd(t, "", env(), "calc", "quota", "--product", "consumer")
	if err == nil || !strings.Contains(err.Error(), "monthly_income") {
		t.Errorf("missing income: %v", err)
	}
}

func TestAnalyzeKeepsLinesAligned(t *testing.T) {
	in := `{"text":"贷款100万，30年，利率3.5%，月供多少"}
not json
{"text":"How much can I borrow if I earn 30k a month?"}
{"nottext":1}
`
	out, _, err := runCmd(t, in, env(), "analyze")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 {
		t.Fatalf("%d output lines for 4 input lines:\n%s", len(lines), out)
	}
	var first analysisLine
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	if first.Intent != "repayment_schedule" || first.Lang != "zh-Hans" || first.Slots["principal"] != "1000000" || first.Slots["term_months"] != float64(360) {
		t.Errorf("first line %+v", first)
	}
	if !strings.Contains(lines[1], `"error"`) || !strings.Contains(lines[3], `"error"`) {
		t.Errorf("bad lines not answered with errors: %s / %s", lines[1], lines[3])
	}
	if !strings.Contains(lines[2], `"quota_trial"`) || !strings.Contains(lines[2], `"en"`) {
		t.Errorf("english line %s", lines[2])
	}
}

func TestLPRAddAndList(t *testing.T) {
	dir := t.TempDir()
	e := env("LOANDESK_DATA_DIR", dir)
	out, _, err := runCmd(t, "", e, "lpr", "list")
	if err != nil || !strings.Contains(out, "2026-08-20") || !strings.Contains(out, "2019-08-20") {
		t.Fatalf("list: %v\n%s", err, out)
	}
	if _, _, err := runCmd(t, "", e, "lpr", "add", "--date", "2026-09-22", "--one_year_pct", "2.95", "--five_year_pct", "3.45"); err != nil {
		t.Fatal(err)
	}
	out, _, err = runCmd(t, "", e, "lpr", "list", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Published []struct {
			Date    string `json:"date"`
			OneYear string `json:"one_year_pct"`
		} `json:"published"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got.Published[0].Date != "2026-09-22" || got.Published[0].OneYear != "2.95" {
		t.Errorf("newest fixing %+v", got.Published[0])
	}
	_, _, err = runCmd(t, "", e, "lpr", "add", "--date", "2026-13-01", "--one_year_pct", "3", "--five_year_pct", "3.5")
	if err == nil || !strings.Contains(err.Error(), "date") {
		t.Errorf("bad date: %v", err)
	}
}
