package product

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/loandesk/loandesk/knowledge/loan"
	"github.com/loandesk/loandesk/knowledge/lpr"
	"github.com/loandesk/loandesk/knowledge/money"
)

func amt(s string) *money.Amount  { a := money.MustAmount(s); return &a }
func pct(s string) *money.Percent { p := money.MustPercent(s); return &p }

func fieldOf(err error) string {
	var fe *loan.FieldError
	if errors.As(err, &fe) {
		return fe.Field
	}
	return ""
}

// TestQuota covers each binding constraint. Expected figures were computed
// independently (Python decimal at 80 digits): PV of the affordable payment,
// min with the limits, floor to 1,000, pmt. With the shipped LPR history the
// mortgage rate is 3.50 − 0.30 = 3.2% and the business rate 3.00 + 0.50 = 3.5%.
func TestQuota(t *testing.T) {
	h := lpr.NewHistory(lpr.Shipped())
	c := Defaults()
	for _, tc := range []struct {
		name string
		in   QuotaInput
		want string // max_principal monthly_payment term rate binding
	}{
		{"consumer capped", QuotaInput{Product: Consumer, MonthlyIncome: *amt("20000")}, "300000.00 8790.62 36 3.5 product_cap"},
		{"consumer by income", QuotaInput{Product: Consumer, MonthlyIncome: *amt("10000"), MonthlyDebt: *amt("2000")}, "102000.00 2988.81 36 3.5 dti"},
		{"zero income", QuotaInput{Product: Consumer}, "0.00 0.00 36 3.5 dti"},
		{"debts exceed half the income", QuotaInput{Product: Consumer, MonthlyIncome: *amt("8000"), MonthlyDebt: *amt("4000")}, "0.00 0.00 36 3.5 dti"},
		{"mortgage LTV", QuotaInput{Product: Mortgage, MonthlyIncome: *amt("30000"), CollateralValue: amt("2000000")}, "1700000.00 7351.94 360 3.2 ltv"},
		{"mortgage without home value", QuotaInput{Product: Mortgage, MonthlyIncome: *amt("10000")}, "1156000.00 4999.32 360 3.2 dti"},
		{"mortgage age shortens the term", QuotaInput{Product: Mortgage, MonthlyIncome: *amt("10000"), Age: 50, CollateralValue: amt("5000000")}, "885000.00 4997.27 240 3.2 age_term"},
		{"mortgage age, LTV still lower", QuotaInput{Product: Mortgage, MonthlyIncome: *amt("10000"), Age: 50, CollateralValue: amt("1000000")}, "850000.00 4799.63 240 3.2 ltv"},
		{"age already at the limit", QuotaInput{Product: Mortgage, MonthlyIncome: *amt("10000"), Age: 70}, "0.00 0.00 360 3.2 age_term"},
		{"age rule does not bind", QuotaInput{Product: Consumer, MonthlyIncome: *amt("10000"), MonthlyDebt: *amt("2000"), Age: 60}, "102000.00 2988.81 36 3.5 dti"},
		{"business unsecured cap", QuotaInput{Product: Business, MonthlyIncome: *amt("100000")}, "500000.00 9095.87 60 3.5 product_cap"},
		{"business secured cap", QuotaInput{Product: Business, MonthlyIncome: *amt("1000000"), CollateralValue: amt("20000000")}, "10000000.00 181917.45 60 3.5 product_cap"},
		{"business secured by income", QuotaInput{Product: Business, MonthlyIncome: *amt("10000"), CollateralValue: amt("1000000")}, "274000.00 4984.54 60 3.5 dti"},
		{"consumer ignores collateral", QuotaInput{Product: Consumer, MonthlyIncome: *amt("20000"), CollateralValue: amt("10000")}, "300000.00 8790.62 36 3.5 product_cap"},
		{"own term and rate", QuotaInput{Product: Consumer, MonthlyIncome: *amt("4000"), TermMonths: 24, AnnualRatePct: pct("4.2")}, "45000.00 1958.13 24 4.2 dti"},
	} {
		q, err := c.Quota(tc.in, h)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		got := strings.Join([]string{q.MaxPrincipal.String(), q.MonthlyPayment.String(), itoa(q.TermMonths), q.AnnualRatePct.String(), q.BindingConstraint}, " ")
		if got != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.name, got, tc.want)
		}
		if q.Disclaimer != DisclaimerZh || q.DisclaimerEn != DisclaimerEn {
			t.Errorf("%s: disclaimers %q / %q", tc.name, q.Disclaimer, q.DisclaimerEn)
		}
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func TestQuotaCard(t *testing.T) {
	h := lpr.NewHistory(lpr.Shipped())
	q, err := Defaults().Quota(QuotaInput{Product: Mortgage, MonthlyIncome: *amt("10000"), Lang: "en"}, h)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(q)
	want := `{"kind":"quota_estimate","product":"mortgage","max_principal":"1156000.00","monthly_payment":"4999.32","term_months":360,` +
		`"annual_rate_pct":"3.2","binding_constraint":"dti","ltv_pending":true,"disclaimer":"estimate only; subject to approval",` +
		`"disclaimer_en":"estimate only; subject to approval"}`
	if string(b) != want {
		t.Errorf("JSON\n got %s\nwant %s", b, want)
	}
	q, _ = Defaults().Quota(QuotaInput{Product: Consumer, MonthlyIncome: *amt("10000"), Lang: "zh-Hant"}, h)
	if q.Disclaimer != DisclaimerZhHant || q.LTVPending {
		t.Errorf("zh-Hant consumer: %+v", q)
	}
}

func TestQuotaErrors(t *testing.T) {
	h := lpr.NewHistory(lpr.Shipped())
	ok := QuotaInput{Product: Consumer, MonthlyIncome: *amt("10000")}
	for field, mutate := range map[string]func(*QuotaInput){
		"product":          func(in *QuotaInput) { in.Product = "car" },
		"term_months":      func(in *QuotaInput) { in.TermMonths = 61 },
		"annual_rate_pct":  func(in *QuotaInput) { in.AnnualRatePct = pct("37") },
		"collateral_value": func(in *QuotaInput) { in.CollateralValue = amt("0") },
		"age":              func(in *QuotaInput) { in.Age = 12 },
		"monthly_income":   func(in *QuotaInput) { in.MonthlyIncome = money.A(in.MonthlyIncome.Neg()) },
	} {
		in := ok
		mutate(&in)
		if _, err := Defaults().Quota(in, h); fieldOf(err) != field {
			t.Errorf("%s: %v", field, err)
		}
	}
	// An LPR product cannot be priced without any fixing: a server error, not bad input.
	if _, err := Defaults().Quota(QuotaInput{Product: Mortgage, MonthlyIncome: *amt("10000")}, lpr.History{}); err == nil || fieldOf(err) != "" {
		t.Errorf("empty history: %v", err)
	}
}

func TestDefaultsValid(t *testing.T) {
	c := Defaults()
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	m := c.Products[Mortgage]
	if m.CapUnsecured != nil || m.MaxTerm != 360 || m.Rate.SpreadBP != -30 || m.Rate.LPRTenor != lpr.FiveYear || m.MaxLTVPct.String() != "85" {
		t.Errorf("mortgage %+v", m)
	}
	start := time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)
	if fee := m.PrepayFeePctOn(start, start.AddDate(0, 11, 30)); fee.String() != "1" {
		t.Errorf("fee within 12 months: %s", fee)
	}
	if fee := m.PrepayFeePctOn(start, start.AddDate(0, 12, 0)); !fee.IsZero() {
		t.Errorf("fee after 12 months: %s", fee)
	}
}

func TestLoadCatalogue(t *testing.T) {
	c, err := LoadCatalogue(strings.NewReader(`{"max_dti_pct": "45", "products": {"consumer": {"code": "consumer",
		"name_zh": "个人消费贷", "name_en": "Consumer loan", "cap_unsecured": "200000", "default_term": 24, "max_term": 48,
		"rate": {"fixed_pct": "3.8"}, "max_ltv_pct": "0", "prepay_fee_pct": "0", "prepay_fee_months": 0}}}`))
	if err != nil {
		t.Fatal(err)
	}
	if c.MaxDTIPct.String() != "45" || c.MaxAgeAtMaturity != 70 || c.Products[Consumer].CapUnsecured.String() != "200000.00" ||
		c.Products[Consumer].Rate.Fixed.String() != "3.8" || len(c.Products) != 3 {
		t.Errorf("override not applied: %+v", c)
	}
	// The serialised catalogue loads back as itself.
	b, _ := json.Marshal(Defaults())
	if back, err := LoadCatalogue(strings.NewReader(string(b))); err != nil || len(back.Products) != 3 {
		t.Errorf("round trip: %v", err)
	}
	for want, in := range map[string]string{
		"max_dti_pct":                `{"max_dti_pct": "0"}`,
		"max_age_at_maturity":        `{"max_age_at_maturity": 5}`,
		"products.mortgage.max_term": `{"products": {"mortgage": {"code": "mortgage", "name_zh": "房贷", "name_en": "Home", "max_term": 600, "default_term": 360, "rate": {"lpr_tenor": "5y"}}}}`,
		"products.x.rate":            `{"products": {"x": {"code": "x", "name_zh": "x", "name_en": "x", "max_term": 12, "default_term": 12, "rate": {}}}}`,
		"products.x.code":            `{"products": {"x": {"code": "y", "name_zh": "x", "name_en": "x", "max_term": 12, "default_term": 12, "rate": {"fixed_pct": "3"}}}}`,
		"products.x.rate.lpr_tenor":  `{"products": {"x": {"code": "x", "name_zh": "x", "name_en": "x", "max_term": 12, "default_term": 12, "rate": {"lpr_tenor": "3y"}}}}`,
		"products.x.default_term":    `{"products": {"x": {"code": "x", "name_zh": "x", "name_en": "x", "max_term": 12, "default_term": 24, "rate": {"fixed_pct": "3"}}}}`,
		"products.x.cap_secured":     `{"products": {"x": {"code": "x", "name_zh": "x", "name_en": "x", "max_term": 12, "default_term": 12, "rate": {"fixed_pct": "3"}, "cap_secured": "5"}}}`,
		"":                           `{"max_dti": "50"}`, // unknown field: a decode error, no field name
	} {
		_, err := LoadCatalogue(strings.NewReader(in))
		if err == nil || fieldOf(err) != want {
			t.Errorf("%s: err %v, want field %q", in, err, want)
		}
	}
}
