package web

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/loandesk/loandesk/dialog"
)

// recordingHandler keeps error-level log records.
type recordingHandler struct {
	mu   sync.Mutex
	errs []string
}

func (h *recordingHandler) Enabled(_ context.Context, l slog.Level) bool { return l >= slog.LevelError }
func (h *recordingHandler) Handle(_ context.Context, r slog.Record) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.errs = append(h.errs, r.Message)
	return nil
}
func (h *recordingHandler) WithAttrs([]slog.Attr) slog.Handler { return h }
func (h *recordingHandler) WithGroup(string) slog.Handler      { return h }

// TestGarbageNeverA500 throws bad bodies at every endpoint that reads one
// and bad queries at those that take them: every answer is a 4xx with the
// error shape, and nothing reaches the panic handler or the error log.
func TestGarbageNeverA500(t *testing.T) {
	rec := &recordingHandler{}
	r := newRig(t, func(c *Config, d *Deps) { c.Demo = true; d.Logger = slog.New(rec) })
	admin := token(t, "admin", dialog.RoleAdmin)
	borrower := token(t, "c-1001", dialog.RoleBorrower)

	huge := `{"principal":"` + strings.Repeat("9", 1<<20) + `"}`
	bodies := []string{
		``, ` `, `null`, `true`, `0`, `"x"`, `[]`, `[{}]`, `{`, `}`, `{"a":}`, `{} {}`, `{}x`,
		"\xff\xfe\xfd", "{\"principal\":\"\xff\"}", `{"principal":"１０００"}`,
		`{"principal":{},"annual_rate_pct":[],"term_months":{},"method":1}`,
		`{"principal":1e309,"annual_rate_pct":1e309,"term_months":1e309}`,
		`{"principal":-1,"annual_rate_pct":-1,"term_months":-1,"method":"equal_installment"}`,
		`{"principal":"99999999999999999999999999","annual_rate_pct":"4.9","term_months":360,"method":"equal_installment"}`,
		`{"principal":"1000000","annual_rate_pct":"4.9","term_months":9223372036854775807,"method":"equal_installment"}`,
		`{"principal":"1000000","annual_rate_pct":"4.9","term_months":-9223372036854775808,"method":"equal_installment"}`,
		`{"principal":"1000000","annual_rate_pct":"0.0000001","term_months":1,"method":"interest_only"}`,
		`{"principal":"0.001","annual_rate_pct":"4.9","term_months":12,"method":"equal_installment"}`,
		`{"principal":"1e5","annual_rate_pct":"4.9e0","term_months":12,"method":"equal_installment"}`,
		`{"principal":"NaN","annual_rate_pct":"Infinity","term_months":12,"method":"equal_installment"}`,
		`{"principal":"1000000","annual_rate_pct":"4.9","term_months":360,"method":"equal_installment","start_date":"0000-01-01"}`,
		`{"principal":"1000000","annual_rate_pct":"4.9","term_months":360,"method":"equal_installment","start_date":"9999-12-31"}`,
		`{"balance":"100","annual_rate_pct":"3","remaining_months":480,"method":"equal_principal","prepay_amount":"100"}`,
		`{"balance":"100","annual_rate_pct":"0","remaining_months":1,"method":"interest_only","prepay_amount":"0.01"}`,
		`{"balance":"1","remaining_months":1,"method":"equal_installment","spread_bp":-1000,"old_lpr_pct":"0","new_lpr_pct":"0"}`,
		`{"balance":"1","remaining_months":1,"method":"equal_installment","spread_bp":2147483648,"old_lpr_pct":"100"}`,
		`{"product":"consumer","monthly_income":"0","monthly_debt":"99999999"}`,
		`{"product":"mortgage","monthly_income":"999999999999","collateral_value":"999999999999","age":200,"term_months":480}`,
		`{"product":"business","monthly_income":"1","age":-5,"annual_rate_pct":"100"}`,
		`{"product":"consumer","monthly_income":"10000","age":9223372036854775807}`,
		`{"date":"2019-08-19","one_year_pct":"4.31","five_year_pct":"4.85"}`,
		`{"date":"2026-08-20","one_year_pct":"0","five_year_pct":"20.01"}`,
		`{"date":"99999-01-01","one_year_pct":"1","five_year_pct":"1"}`,
		`{"sub":"` + strings.Repeat("c", 5000) + `","role":"borrower"}`,
		`{"sub":{},"role":[]}`,
		`{"principal":"1","principal":"2"}`,
		huge,
		strings.Repeat(`{"a":`, 12000) + strings.Repeat(`}`, 12000),
		strings.Repeat("[", 60000),
		strings.Repeat(`{"a":`, 100000) + strings.Repeat(`}`, 100000),
		strings.Repeat("[", 200000),
	}
	posts := []string{"/v1/calc/schedule", "/v1/calc/quota", "/v1/calc/prepayment", "/v1/calc/lpr-impact",
		"/v1/lpr", "/v1/demo/token", "/v1/me/telegram-binding"}
	for _, path := range posts {
		tok := borrower
		if path == "/v1/lpr" {
			tok = admin
		}
		for _, b := range bodies {
			status, body := r.do(t, "POST", path, tok, b)
			if path == "/v1/me/telegram-binding" && status == http.StatusNotImplemented {
				continue // documented: not implemented yet
			}
			if status < 400 && status != 200 && status != 201 || status >= 500 {
				t.Errorf("POST %s %.80q: %d %s", path, b, status, body)
				continue
			}
			if status >= 400 {
				errCode(t, body)
			}
		}
	}
	// A valid-looking request at the edge of the bounds answers 200 (not a 500).
	status, body := r.do(t, "POST", "/v1/calc/schedule", borrower,
		`{"principal":"999999999999.99","annual_rate_pct":"36","term_months":480,"method":"equal_principal","start_date":"2200-01-31"}`)
	if status != 200 {
		t.Errorf("edge schedule: %d %.200s", status, body)
	}

	m01 := token(t, "m-01", dialog.RoleManager)
	gets := []string{
		"/v1/notes?since=" + strings.Repeat("9", 3000), "/v1/notes?limit=99999999999999999999",
		"/v1/notes?customer_id=%ff%fe", "/v1/notes?customer_id=" + strings.Repeat("x", 4000), "/v1/notes?flag=%00",
		"/v1/customers/%ff", "/v1/customers/" + strings.Repeat("x", 4000) + "/loans", "/v1/conversations/%00",
		"/v1/conversations/" + strings.Repeat("y", 4000),
		"/v1/alerts?since=" + strings.Repeat("9", 3000), "/v1/alerts?limit=99999999999999999999", "/v1/alerts?status=%ff%fe",
	}
	for _, path := range gets {
		status, body := r.do(t, "GET", path, m01, "")
		if status < 400 || status >= 500 {
			t.Errorf("GET %.60s: %d %s", path, status, body)
			continue
		}
		errCode(t, body)
	}
	for _, path := range []string{"/v1/alerts/%00/ack", "/v1/alerts/" + strings.Repeat("z", 4000) + "/ack"} {
		if status, body := r.do(t, "POST", path, m01, "\xff{"); status != 404 {
			t.Errorf("POST %.60s: %d %s", path, status, body)
		} else {
			errCode(t, body)
		}
	}
	if len(rec.errs) > 0 {
		t.Fatalf("bad input reached the error log: %v", rec.errs)
	}
}

func TestBodyTooLarge(t *testing.T) {
	r := newRig(t, func(c *Config, _ *Deps) { c.MaxBodyBytes = 1024 })
	status, body := r.do(t, "POST", "/v1/calc/schedule", token(t, "c-1001", dialog.RoleBorrower), `{"principal":"`+strings.Repeat("1", 2048)+`"}`)
	if status != http.StatusRequestEntityTooLarge || errCode(t, body) != "body_too_large" {
		t.Fatalf("%d %s", status, body)
	}
}

func TestRecovererAnswersJSON500WithoutDetails(t *testing.T) {
	rec := &recordingHandler{}
	h := recoverer(slog.New(rec))(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {
		panic("secret detail: db password")
	}))
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("GET", "/", nil))
	if w.Code != 500 || errCode(t, w.Body.Bytes()) != "internal" || bytes.Contains(w.Body.Bytes(), []byte("secret")) {
		t.Fatalf("%d %s", w.Code, w.Body)
	}
	if len(rec.errs) != 1 {
		t.Fatalf("panic not logged: %v", rec.errs)
	}
}
