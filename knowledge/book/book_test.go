package book

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/loandesk/loandesk/knowledge/loan"
	"github.com/loandesk/loandesk/knowledge/lpr"
	"github.com/loandesk/loandesk/knowledge/money"
)

var asOf = time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)

func demo(t *testing.T) ([]Customer, []Staff, []Account, map[string]string, lpr.History) {
	t.Helper()
	c, s, a, m := DemoBook(asOf)
	return c, s, a, m, lpr.NewHistory(lpr.Shipped())
}

// TestDemoViewsConsistent checks every demo loan's view against its schedule.
func TestDemoViewsConsistent(t *testing.T) {
	_, _, accounts, _, h := demo(t)
	for _, a := range accounts {
		l, err := a.View(asOf, h)
		if err != nil {
			t.Fatalf("%s: %v", a.ID, err)
		}
		rows, _ := a.Schedule(h)
		paidPrincipal := decimal.Zero
		for _, r := range rows[:l.PaidPeriods] {
			paidPrincipal = paidPrincipal.Add(r.Principal.Decimal)
		}
		if !l.Balance.Equal(a.Principal.Sub(paidPrincipal)) {
			t.Errorf("%s: balance %s, principal − paid principal = %s", a.ID, l.Balance, a.Principal.Sub(paidPrincipal))
		}
		if l.RemainingMonths+l.PaidPeriods+l.OverduePeriods != l.TermMonths {
			t.Errorf("%s: remaining %d + paid %d + overdue %d != term %d", a.ID, l.RemainingMonths, l.PaidPeriods, l.OverduePeriods, l.TermMonths)
		}
		next, err := time.Parse(time.DateOnly, l.NextDueDate)
		if err != nil || !next.After(asOf) || next.Sub(asOf) > 31*24*time.Hour {
			t.Errorf("%s: next due date %q is not the coming one after %s", a.ID, l.NextDueDate, asOf.Format(time.DateOnly))
		}
		if start, _ := time.Parse(time.DateOnly, l.StartDate); !start.Before(asOf) || l.MaturityDate <= asOf.Format(time.DateOnly) {
			t.Errorf("%s: start %s / maturity %s not around %s", a.ID, l.StartDate, l.MaturityDate, asOf)
		}
		if !l.MonthlyPayment.Equal(rows[l.PaidPeriods+l.OverduePeriods].Payment.Decimal) {
			t.Errorf("%s: monthly payment %s is not the next period's", a.ID, l.MonthlyPayment)
		}
	}
}

func TestDemoBookShape(t *testing.T) {
	customers, staff, accounts, assignments, h := demo(t)
	want := map[string]string{"c-1001": "m-01", "c-1002": "m-01", "c-1003": "m-01", "c-1004": "m-02"}
	if len(assignments) != 4 || len(customers) != 4 || len(accounts) != 4 {
		t.Fatalf("demo book sizes: %d customers, %d accounts", len(customers), len(accounts))
	}
	for c, m := range want {
		if assignments[c] != m {
			t.Errorf("%s assigned to %s, want %s", c, assignments[c], m)
		}
	}
	if customers[3].Lang != LangEn || customers[0].Name != "张伟" || customers[0].Phone == "" {
		t.Errorf("customers %+v", customers)
	}
	roles := map[string]string{}
	for _, s := range staff {
		roles[s.ID] = s.Role
		if s.ID == "a-02" && (len(s.Skills) == 0 || s.Skills[0] != "hardship") {
			t.Errorf("a-02 lacks the hardship skill: %v", s.Skills)
		}
	}
	if roles["m-01"] != RoleManager || roles["m-02"] != RoleManager || roles["a-01"] != RoleAgent || roles["a-02"] != RoleAgent || roles["admin"] != RoleAdmin {
		t.Errorf("roles %v", roles)
	}
	status := map[string]string{}
	for _, a := range accounts {
		l, _ := a.View(asOf, h)
		status[a.CustomerID] = l.RateType + " " + l.Product + " " + l.Status + " " + itoa(l.OverduePeriods)
	}
	for c, want := range map[string]string{
		"c-1001": "lpr_floating mortgage current 0", "c-1002": "fixed consumer current 0",
		"c-1003": "lpr_floating business overdue 1", "c-1004": "lpr_floating mortgage current 0",
	} {
		if status[c] != want {
			t.Errorf("%s: %s, want %s", c, status[c], want)
		}
	}
	if !strings.HasSuffix(accounts[0].ID, "6688") || accounts[0].CustomerID != "c-1001" {
		t.Errorf("c-1001's loan %s should end in 6688", accounts[0].ID)
	}
	// Before the business loan's first due date there is nothing to be overdue.
	_, _, early, _ := DemoBook(time.Date(2024, 10, 1, 0, 0, 0, 0, time.UTC))
	if early[2].OverduePeriods != 0 {
		t.Errorf("overdue before any period is due: %d", early[2].OverduePeriods)
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// TestFloatingRepricing: the rate is the applicable LPR + spread and the
// installment changes exactly at repricing dates (DOMAIN.md §3's chain).
func TestFloatingRepricing(t *testing.T) {
	_, _, accounts, _, h := demo(t)
	mortgage := accounts[0]
	rows, err := mortgage.Schedule(h)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		// The rate of a period is set at the last repricing date before its due date.
		set := mortgage.StartDate
		for d := mortgage.nextRepricing(set); r.Due.After(d); d = mortgage.nextRepricing(d) {
			set = d
		}
		f, _ := h.ApplicableOn(set)
		if want := lpr.AddBP(f.FiveYear, -30); !r.AnnualRatePct.Equal(want.Decimal) {
			t.Fatalf("period %d (%s): rate %s, want %s", r.Period, r.DueDate, r.AnnualRatePct, want)
		}
		if i > 0 && i < len(rows)-1 && !r.Payment.Equal(rows[i-1].Payment.Decimal) && r.AnnualRatePct.Equal(rows[i-1].AnnualRatePct.Decimal) {
			t.Errorf("period %d: payment changed without a rate change", r.Period)
		}
	}
	byDate := map[string]string{}
	for _, r := range rows {
		byDate[r.DueDate] = r.AnnualRatePct.String() + " " + r.Payment.String()
	}
	for d, want := range map[string]string{
		"2021-04-15": "4.35 4978.12", "2024-12-15": "3.9 4729.67", "2025-01-15": "3.3 4424.95", "2026-01-15": "3.2 4376.84",
	} {
		if byDate[d] != want {
			t.Errorf("%s: %s, want %s", d, byDate[d], want)
		}
	}
	// The 2025 payment is pmt(balance after 2024-12-15, 3.30%, months left).
	var before Installment
	for _, r := range rows {
		if r.DueDate == "2024-12-15" {
			before = r
		}
	}
	want := loan.Payment(before.Balance.Decimal, money.MustPercent("3.3").MonthlyRate(), 360-before.Period)
	if byDate["2025-01-15"] != "3.3 "+want.StringFixed(2) {
		t.Errorf("2025 payment %s, want pmt on the scheduled balance %s", byDate["2025-01-15"], want.StringFixed(2))
	}
	l, _ := mortgage.View(asOf, h)
	if l.AnnualRatePct.String() != "3.2" || l.NextRepricingDate != "2027-01-01" || l.LPRTerm != lpr.FiveYear || *l.SpreadBP != -30 {
		t.Errorf("view %+v", l)
	}
}

func TestViewJSONAndSummary(t *testing.T) {
	_, _, accounts, _, h := demo(t)
	l, _ := accounts[1].View(asOf, h) // fixed-rate consumer loan
	b, _ := json.Marshal(l)
	for _, field := range []string{"id", "customer_id", "product", "principal", "balance", "annual_rate_pct", "rate_type", "method",
		"term_months", "remaining_months", "monthly_payment", "next_due_date", "due_day", "overdue_periods", "overdue_amount",
		"start_date", "maturity_date", "status"} {
		if !strings.Contains(string(b), `"`+field+`":`) {
			t.Errorf("loan JSON lacks %s: %s", field, b)
		}
	}
	for _, field := range []string{"lpr_term", "spread_bp", "next_repricing_date"} {
		if strings.Contains(string(b), `"`+field+`"`) {
			t.Errorf("fixed loan JSON has %s", field)
		}
	}
	s, _ := json.Marshal(l.Summary())
	if !strings.HasPrefix(string(s), `{"kind":"loan_summary","loan_id":"L-1002-3721","product":"consumer",`) || !strings.Contains(string(s), `"overdue_amount":"0.00"`) {
		t.Errorf("summary %s", s)
	}
	b2, _ := accounts[2].View(asOf, h)
	rows, _ := accounts[2].Schedule(h)
	if b2.OverdueAmount.String() != rows[b2.PaidPeriods].Payment.String() || b2.OverdueAmount.IsZero() {
		t.Errorf("overdue amount %s, want period %d's installment", b2.OverdueAmount, b2.PaidPeriods+1)
	}
}

func TestViewEdges(t *testing.T) {
	h := lpr.NewHistory(lpr.Shipped())
	a := Account{ID: "L-1", Principal: money.MustAmount("12000"), RateType: RateFixed, FixedRatePct: money.MustPercent("0"),
		Method: loan.EqualPrincipal, TermMonths: 12, StartDate: time.Date(2024, 1, 31, 0, 0, 0, 0, time.UTC)}
	l, err := a.View(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), h)
	if err != nil || l.Status != StatusPaidOff || l.NextDueDate != "" || !l.Balance.IsZero() || !l.MonthlyPayment.IsZero() || l.MaturityDate != "2025-01-31" {
		t.Errorf("matured loan: %+v %v", l, err)
	}
	if l, _ := a.View(time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC), h); l.PaidPeriods != 1 || l.NextDueDate != "2024-03-31" || l.DueDay != 31 {
		t.Errorf("clamped due day: %+v", l)
	}
	a.OverduePeriods = 3
	if _, err := a.View(time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), h); fieldOf(err) != "overdue_periods" {
		t.Errorf("more overdue than due: %v", err)
	}
	for field, bad := range map[string]func(*Account){
		"rate_type":      func(a *Account) { a.RateType = "variable" },
		"principal":      func(a *Account) { a.Principal = money.MustAmount("0") },
		"repricing_rule": func(a *Account) { a.RateType, a.RepricingRule = RateLPRFloating, "weekly" },
		"lpr_term":       func(a *Account) { a.RateType, a.LPRTenor = RateLPRFloating, "3y" },
		"start_date":     func(a *Account) { a.StartDate = time.Time{} },
	} {
		b := a
		b.OverduePeriods = 0
		bad(&b)
		if _, err := b.View(asOf, h); fieldOf(err) != field {
			t.Errorf("%s: %v", field, err)
		}
	}
	// A floating loan needs a fixing before its start.
	early := Account{ID: "L-2", Principal: money.MustAmount("1000"), RateType: RateLPRFloating, Method: loan.EqualInstallment,
		TermMonths: 12, StartDate: time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)}
	if _, err := early.View(asOf, h); err == nil {
		t.Error("floating loan before any LPR fixing priced")
	}
}

func fieldOf(err error) string {
	var fe *loan.FieldError
	if errors.As(err, &fe) {
		return fe.Field
	}
	return ""
}

func TestTier(t *testing.T) {
	customers, _, accounts, _, h := demo(t)
	var got []string
	for i, a := range accounts {
		l, _ := a.View(asOf, h)
		tier, why := Tier(customers[i], []Loan{l}, 0)
		if why == "" {
			t.Errorf("%s: no reason", a.CustomerID)
		}
		got = append(got, tier)
	}
	if strings.Join(got, "") != "ABDA" {
		t.Errorf("demo tiers %v, want A B D A", got)
	}
	l, _ := accounts[0].View(asOf, h)
	if tier, why := Tier(customers[0], []Loan{l}, 1); tier != TierD || !strings.Contains(why, "flag") {
		t.Errorf("open high flag: %s %s", tier, why)
	}
	if tier, _ := Tier(Customer{}, nil, 0); tier != TierC {
		t.Errorf("no loans: %s", tier)
	}
}
