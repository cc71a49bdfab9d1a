package web

import (
	"encoding/json"
	"net/http"
	"testing"
	"time"

	"github.com/loandesk/loandesk/dialog"
)

func TestCalcScheduleReferenceFigures(t *testing.T) {
	r := newRig(t)
	tok := token(t, "c-1001", dialog.RoleBorrower)
	status, body := r.do(t, "POST", "/v1/calc/schedule", tok,
		`{"principal":1000000,"annual_rate_pct":"4.9","term_months":360,"method":"equal_installment","start_date":"2026-01-15"}`)
	if status != 200 {
		t.Fatalf("%d %s", status, body)
	}
	var card struct {
		Kind          string `json:"kind"`
		FirstPayment  string `json:"first_payment"`
		LastPayment   string `json:"last_payment"`
		TotalInterest string `json:"total_interest"`
		TotalPayment  string `json:"total_payment"`
		Principal     string `json:"principal"`
		Rows          []struct {
			Period   int    `json:"period"`
			DueDate  string `json:"due_date"`
			Interest string `json:"interest"`
		} `json:"rows"`
	}
	if err := json.Unmarshal(body, &card); err != nil {
		t.Fatal(err)
	}
	if card.Kind != "repayment_schedule" || card.FirstPayment != "5307.27" || card.TotalInterest != "910615.12" ||
		card.LastPayment != "5305.19" || card.Principal != "1000000.00" || len(card.Rows) != 360 ||
		card.Rows[0].Interest != "4083.33" || card.Rows[0].DueDate != "2026-02-15" {
		t.Fatalf("card %+v", card)
	}

	status, body = r.do(t, "POST", "/v1/calc/schedule", tok,
		`{"principal":"1000000","annual_rate_pct":4.9,"term_months":360,"method":"equal_principal"}`)
	_ = json.Unmarshal(body, &card)
	if status != 200 || card.FirstPayment != "6861.11" || card.LastPayment != "2788.32" || card.TotalInterest != "737041.08" {
		t.Fatalf("%d %+v", status, card)
	}
}

func TestCalcPrepaymentAndLPRImpact(t *testing.T) {
	r := newRig(t)
	tok := token(t, "m-01", dialog.RoleManager)
	status, body := r.do(t, "POST", "/v1/calc/prepayment", tok,
		`{"balance":"800000","annual_rate_pct":"3.5","remaining_months":240,"method":"equal_installment","prepay_amount":"100000"}`)
	var plan struct {
		Kind    string `json:"kind"`
		Options []struct {
			Mode string `json:"mode"`
		} `json:"options"`
	}
	if err := json.Unmarshal(body, &plan); status != 200 || err != nil || plan.Kind != "prepayment_plan" || len(plan.Options) == 0 {
		t.Fatalf("%d %s", status, body)
	}

	// DOMAIN.md §3's worked chain: 800,000 over 240 months, LPR 3.60 → 3.50 at −30bp.
	status, body = r.do(t, "POST", "/v1/calc/lpr-impact", tok,
		`{"balance":"800000","remaining_months":240,"method":"equal_installment","spread_bp":-30,"old_lpr_pct":"3.6","new_lpr_pct":"3.5"}`)
	var imp map[string]any
	_ = json.Unmarshal(body, &imp)
	if status != 200 || imp["kind"] != "lpr_impact" || imp["old_payment"] != "4557.88" || imp["new_payment"] != "4517.30" ||
		imp["old_rate_pct"] != "3.3" || imp["new_rate_pct"] != "3.2" {
		t.Fatalf("%d %s", status, body)
	}
	// new_lpr_pct defaults to the latest published fixing of lpr_term (default 5y: 3.5 on 2026-08-20).
	status, body = r.do(t, "POST", "/v1/calc/lpr-impact", tok,
		`{"balance":"800000","remaining_months":240,"method":"equal_installment","spread_bp":-30,"old_lpr_pct":"3.6"}`)
	_ = json.Unmarshal(body, &imp)
	if status != 200 || imp["new_lpr_pct"] != "3.5" {
		t.Fatalf("%d %s", status, body)
	}
	status, body = r.do(t, "POST", "/v1/calc/lpr-impact", tok,
		`{"balance":"800000","remaining_months":240,"method":"equal_installment","spread_bp":50,"old_lpr_pct":"3.1","lpr_term":"1y"}`)
	_ = json.Unmarshal(body, &imp)
	if status != 200 || imp["new_lpr_pct"] != "3" {
		t.Fatalf("%d %s", status, body)
	}
}

func TestCalcFieldErrors(t *testing.T) {
	r := newRig(t)
	tok := token(t, "c-1001", dialog.RoleBorrower)
	cases := []struct{ path, body, code string }{
		{"/v1/calc/schedule", `{"principal":1000000,"annual_rate_pct":"4.9","term_months":0,"method":"equal_installment"}`, "invalid_term_months"},
		{"/v1/calc/schedule", `{"principal":1000000,"annual_rate_pct":"4.9","term_months":"360","method":"equal_installment"}`, "invalid_term_months"},
		{"/v1/calc/schedule", `{"principal":1000000,"annual_rate_pct":"4.9","term_months":36.5,"method":"equal_installment"}`, "invalid_term_months"},
		{"/v1/calc/schedule", `{"principal":1000000,"annual_rate_pct":"4.9","term_months":1e30,"method":"equal_installment"}`, "invalid_term_months"},
		{"/v1/calc/schedule", `{"principal":-5,"annual_rate_pct":"4.9","term_months":12,"method":"equal_installment"}`, "invalid_principal"},
		{"/v1/calc/schedule", `{"principal":"0","annual_rate_pct":"4.9","term_months":12,"method":"equal_installment"}`, "invalid_principal"},
		{"/v1/calc/schedule", `{"principal":"1e400","annual_rate_pct":"4.9","term_months":12,"method":"equal_installment"}`, "invalid_principal"},
		{"/v1/calc/schedule", `{"principal":"abc","annual_rate_pct":"4.9","term_months":12,"method":"equal_installment"}`, "invalid_principal"},
		{"/v1/calc/schedule", `{"annual_rate_pct":"4.9","term_months":12,"method":"equal_installment"}`, "invalid_principal"},
		{"/v1/calc/schedule", `{"principal":100,"annual_rate_pct":"40","term_months":12,"method":"equal_installment"}`, "invalid_annual_rate_pct"},
		{"/v1/calc/schedule", `{"principal":100,"annual_rate_pct":"4","term_months":12,"method":"balloon"}`, "invalid_method"},
		{"/v1/calc/schedule", `{"principal":100,"annual_rate_pct":"4","term_months":12,"method":"equal_installment","start_date":"tomorrow"}`, "invalid_start_date"},
		{"/v1/calc/schedule", `{"principal":100,"annual_rate_pct":"4","term_months":12,"method":"equal_installment","due_day":40}`, "invalid_due_day"},
		{"/v1/calc/schedule", `{"principal":100,"annual_rate_pct":"4","term_months":12,"method":"equal_installment","term_month":12}`, "unknown_field"},
		{"/v1/calc/schedule", `[1]`, "invalid_json"},
		{"/v1/calc/schedule", `{"principal":100`, "invalid_json"},
		{"/v1/calc/schedule", `{} {}`, "invalid_json"},
		{"/v1/calc/prepayment", `{"balance":"1000","annual_rate_pct":"3","remaining_months":12,"method":"equal_installment","prepay_amount":"2000"}`, "invalid_prepay_amount"},
		{"/v1/calc/lpr-impact", `{"balance":"1000","remaining_months":12,"method":"equal_installment","spread_bp":5000,"old_lpr_pct":"3"}`, "invalid_spread_bp"},
		{"/v1/calc/lpr-impact", `{"balance":"1000","remaining_months":12,"method":"equal_installment","spread_bp":0,"old_lpr_pct":"3","lpr_term":"10y"}`, "invalid_lpr_term"},
		{"/v1/calc/lpr-impact", `{"balance":"1000","remaining_months":12,"method":"equal_installment","old_lpr_pct":"3"}`, "invalid_spread_bp"},
	}
	for _, tc := range cases {
		status, body := r.do(t, "POST", tc.path, tok, tc.body)
		if status != http.StatusBadRequest || errCode(t, body) != tc.code {
			t.Errorf("%s %s: got %d %s, want %s", tc.path, tc.body, status, body, tc.code)
		}
	}
}

func TestLPRListAndAdminPost(t *testing.T) {
	r := newRig(t, func(c *Config, _ *Deps) {
		c.Now = func() time.Time { return time.Date(2026, 9, 22, 3, 0, 0, 0, time.UTC) }
	})
	status, body := r.do(t, "GET", "/v1/lpr", token(t, "c-1001", dialog.RoleBorrower), "")
	var list struct {
		Published []struct {
			Date        string `json:"date"`
			OneYearPct  string `json:"one_year_pct"`
			FiveYearPct string `json:"five_year_pct"`
		} `json:"published"`
	}
	if err := json.Unmarshal(body, &list); status != 200 || err != nil || len(list.Published) < 80 ||
		list.Published[0].Date != "2026-08-20" || list.Published[0].FiveYearPct != "3.5" {
		t.Fatalf("%d %.300s", status, body)
	}
	fixing := `{"date":"2026-09-22","one_year_pct":"2.9","five_year_pct":"3.4"}`
	for _, role := range []dialog.Role{dialog.RoleBorrower, dialog.RoleManager, dialog.RoleAgent} {
		if status, body := r.do(t, "POST", "/v1/lpr", token(t, "x", role), fixing); status != 403 || errCode(t, body) != "forbidden" {
			t.Fatalf("%s: %d %s", role, status, body)
		}
	}
	admin := token(t, "admin", dialog.RoleAdmin)
	for body, code := range map[string]string{
		`{"date":"2026-13-01","one_year_pct":"2.9","five_year_pct":"3.4"}`: "invalid_date",
		`{"date":"2026-09-22","one_year_pct":"-1","five_year_pct":"3.4"}`:  "invalid_one_year_pct",
		`{"date":"2026-09-22","one_year_pct":"2.9","five_year_pct":"99"}`:  "invalid_five_year_pct",
		`{"date":"2026-09-22","one_year_pct":"2.9"}`:                       "invalid_five_year_pct",
		`{"date":"2026-10-20","one_year_pct":"2.9","five_year_pct":"3.4"}`: "invalid_date", // future
	} {
		if status, b := r.do(t, "POST", "/v1/lpr", admin, body); status != 400 || errCode(t, b) != code {
			t.Errorf("%s: %d %s, want %s", body, status, b, code)
		}
	}
	if status, body := r.do(t, "POST", "/v1/lpr", admin, fixing); status != 201 {
		t.Fatalf("%d %s", status, body)
	}
	_, body = r.do(t, "GET", "/v1/lpr", admin, "")
	_ = json.Unmarshal(body, &list)
	if list.Published[0].Date != "2026-09-22" || list.Published[0].OneYearPct != "2.9" {
		t.Fatalf("newest %+v", list.Published[0])
	}
}

func TestCalcQuota(t *testing.T) {
	r := newRig(t)
	tok := token(t, "c-1002", dialog.RoleBorrower)
	status, body := r.do(t, "POST", "/v1/calc/quota", tok, `{"product":"consumer","monthly_income":"20000"}`)
	var q map[string]any
	_ = json.Unmarshal(body, &q)
	if status != 200 || q["kind"] != "quota_estimate" || q["binding_constraint"] != "product_cap" ||
		q["max_principal"] != "300000.00" || q["disclaimer"] == "" {
		t.Fatalf("%d %s", status, body)
	}
	for body, code := range map[string]string{
		`{"product":"yacht","monthly_income":"20000"}`:                           "invalid_product",
		`{"product":"consumer"}`:                                                 "invalid_monthly_income",
		`{"product":"consumer","monthly_income":"20000","age":"old"}`:            "invalid_age",
		`{"product":"consumer","monthly_income":"20000","term_months":-1}`:       "invalid_term_months",
		`{"product":"mortgage","monthly_income":"20000","collateral_value":"x"}`: "invalid_collateral_value",
	} {
		if status, b := r.do(t, "POST", "/v1/calc/quota", tok, body); status != 400 || errCode(t, b) != code {
			t.Errorf("%s: %d %s, want %s", body, status, b, code)
		}
	}
}
